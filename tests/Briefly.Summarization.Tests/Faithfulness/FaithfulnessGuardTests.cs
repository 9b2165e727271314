using Briefly.Summarization.Faithfulness;

namespace Briefly.Summarization.Tests.Faithfulness;

public class FaithfulnessGuardTests
{
    private const string English =
        "The council of Millbrook approved a new bridge on Tuesday. The bridge will cost 14 million pounds.\n"
        + "Mayor Ann Reed said work starts in May. Engineer Tom Vale will lead the project.\n"
        + "The old ferry will not run after the bridge opens.";

    private const string Russian =
        "Городская библиотека Старолесска открыла читальный зал в понедельник. Ремонт длился восемь месяцев и стоил 12 миллионов рублей.\n"
        + "Директор Марина Лесова сказала, что зал будет работать каждый день.";

    private readonly FaithfulnessGuard _english = new(English, "en");
    private readonly FaithfulnessGuard _russian = new(Russian, "ru");

    [Fact]
    public void A_faithful_paraphrase_is_supported_with_its_source_sentences()
    {
        var verdict = _english.Check("Millbrook's council approved a bridge costing 14 million pounds.");

        Assert.True(verdict.Supported, verdict.Reason);
        Assert.Equal(
            ["The council of Millbrook approved a new bridge on Tuesday.", "The bridge will cost 14 million pounds."],
            verdict.Sources.Select(s => s.Slice(English)));
    }

    [Theory]
    [InlineData("The council met on Tuesday to approve the budget.", true)]
    [InlineData("The council met on Wednesday to approve the budget.", false)]
    [InlineData("The first bridge opened in 1998 after a long debate.", true)]
    [InlineData("The first bridge opened in 1999 after a long debate.", false)]
    public void A_day_or_year_from_another_sentence_cannot_bring_that_sentence_in_as_support(string sentence, bool supported)
    {
        const string article = "The council met on Tuesday to approve the budget. Reporters waited outside until Wednesday evening.\n"
            + "The first bridge opened in 1998 after a long debate. A second bridge followed in 1999.";
        AssertVerdict(article, "en", sentence, supported, "date");
    }

    [Theory]
    [InlineData("Driver Kurt Busch was accused of grabbing a woman at the Dover speedway.", true)]
    [InlineData("Driver Kurt Delaware was accused of grabbing a woman at the Dover speedway.", false)]
    [InlineData("Driver Busch was accused of grabbing a woman at the Delaware speedway.", true)]
    public void A_name_made_of_two_of_the_articles_names_is_no_name_of_the_article(string sentence, bool supported)
    {
        const string article = "NASCAR lifted the suspension of driver Kurt Busch on Wednesday.\n"
            + "A woman accused him of grabbing her at Delaware's Dover speedway.";
        AssertVerdict(article, "en", sentence, supported);
    }

    [Theory]
    // The article writes "Tom Hanks" and "Justin Bieber"; a name opening a sentence is still one name with the next.
    [InlineData("Tom Hanks appears in the video.", true)]
    [InlineData("Tom Bieber appears in the video.", false)]
    // A first word the article never writes as a name is not one ("Actor" opens the sentence, "Tom Hanks" is the name).
    [InlineData("Actor Tom Hanks appears in the video.", true)]
    // A name the article writes together only where it opens a sentence is written together all the same.
    [InlineData("The singer Carly Rae Jepsen thanked the actor.", true)]
    public void A_name_opening_a_sentence_is_read_with_the_names_after_it(string sentence, bool supported)
    {
        const string article = "Carly Rae Jepsen thanked the actor for his part.\n"
            + "The new video shows Tom Hanks as he dances.\n"
            + "Justin Bieber also appears in the video with Tom Hanks.";
        AssertVerdict(article, "en", sentence, supported);
    }

    [Theory]
    [InlineData("A Palestinian man hit four Israeli border police in Jerusalem.", true)]
    // Both names are the source's: only the place of "Palestinian", where the source writes "Israeli", tells.
    [InlineData("Four Palestinian border police were hit in Jerusalem.", false)]
    // Where the article writes the name next to that word too, it is no swap.
    [InlineData("Palestinian border guards helped the police.", true)]
    public void A_name_in_the_place_of_another_name_of_its_source_is_a_swap(string sentence, bool supported)
    {
        const string article = "A Palestinian man drove into a cyclist and four Israeli border police in Jerusalem on Friday.\n"
            + "Palestinian border guards helped the police, the mayor said.";
        AssertVerdict(article, "en", sentence, supported);
    }

    [Theory]
    // Names the article writes in one run, in its order, with names left out between them.
    [InlineData("President Putin ordered the fleet on alert.", true)]
    [InlineData("Schools write to CNN Student News.", true)]
    [InlineData("Schools write to CNN Call News.", false)]
    // The source says "Herzog"; the article writes "Isaac Herzog" elsewhere: the first name is his.
    [InlineData("Polls show Isaac Herzog leading by four seats.", true)]
    [InlineData("Polls show Tom Herzog leading by four seats.", false)]
    // An abbreviation the source spells out.
    [InlineData("The NTSB says the crew felt no braking.", true)]
    [InlineData("The FBI says the crew felt no braking.", false)]
    [InlineData("The U.S. leads the coalition.", true)]
    [InlineData("The U.K. leads the coalition.", false)]
    [InlineData("The US leads the coalition.", true)]
    public void A_name_may_be_written_as_the_article_writes_it_elsewhere_or_abbreviated(string sentence, bool supported)
    {
        const string article = "Russian President Vladimir Putin ordered the Northern Fleet on alert.\n"
            + "Isaac Herzog spoke to his party on Monday.\n"
            + "Polls show Herzog leading Netanyahu by four seats.\n"
            + "The crew felt no braking, the National Transportation Safety Board says.\n"
            + "Schools write to the CNN Student News Roll Call.\n"
            + "The coalition of General James Terry is led by the United States.";
        AssertVerdict(article, "en", sentence, supported);
    }

    [Fact]
    public void A_name_is_swapped_for_another_name_not_for_another_form_of_itself()
    {
        const string article = "The museum in Tunisia will reopen, officials said. "
            + "The Tunisian government, the Tunisian police and the Tunisian army agreed on Monday, said Ali Ben.";

        // "Tunisian", the article's most frequent name, is a form of "Tunisia": the next one is planted instead.
        Assert.Equal("Officials of Ali said the museum will reopen.",
            Corruptions.Apply(Corruption.Name, "Officials of Tunisia said the museum will reopen.", article, "en"));
    }

    [Fact]
    public void Names_in_another_inflection_are_the_same_names()
    {
        var verdict = _russian.Check("Библиотеку Старолесска открыли после ремонта, который стоил 12 миллионов рублей.");

        Assert.True(verdict.Supported, $"{verdict.Reason}: {string.Join(", ", verdict.Unsupported ?? [])}");
    }

    [Theory]
    [InlineData("The bridge will cost 15 million pounds.", "number")]
    [InlineData("The council of Millbrook approved a new bridge on Wednesday.", "date")]
    [InlineData("Mayor Tom Vale said work starts in May.", "name")]
    [InlineData("The council of Millbrook did not approve a new bridge.", "negation")]
    [InlineData("A dragon was seen flying over the harbour at dawn.", "coverage")]
    public void An_invented_fact_is_caught_and_named(string sentence, string reason)
    {
        var verdict = _english.Check(sentence);

        Assert.False(verdict.Supported);
        Assert.Equal(reason, verdict.Reason);
    }

    [Fact]
    public void A_changed_russian_number_or_month_word_is_caught()
    {
        Assert.Equal("number", _russian.Check("Ремонт стоил 13 миллионов рублей.").Reason);
        Assert.Equal("date", _russian.Check("Библиотека Старолесска открыла читальный зал во вторник.").Reason);
    }

    [Theory]
    [InlineData(Corruption.Number, "The bridge will cost 14 million pounds.", "The bridge will cost 15 million pounds.")]
    [InlineData(Corruption.Date, "Work starts in May.", "Work starts in June.")]
    [InlineData(Corruption.Negation, "The bridge will cost a lot.", "The bridge will not cost a lot.")]
    public void Corruptions_plant_one_invented_fact(Corruption kind, string sentence, string expected)
    {
        Assert.Equal(expected, Corruptions.Apply(kind, sentence, English, "en"));
    }

    [Fact]
    public void A_name_is_swapped_for_another_name_of_the_same_article()
    {
        var swapped = Corruptions.Apply(Corruption.Name, "Mayor Ann Reed said work starts in May.", English, "en");

        Assert.NotNull(swapped);
        Assert.NotEqual("Mayor Ann Reed said work starts in May.", swapped);
        Assert.False(_english.Check(swapped).Supported);
    }

    [Fact]
    public void A_capitalized_function_word_is_neither_the_name_swapped_nor_the_one_put_in()
    {
        // "The" and "But" open quoted sentences three times: the most frequent capitals, and no names.
        const string article = "Ann Reed said: \"The work is done. But The plan was late.\"\n"
            + "She added: \"The bridge opens in May.\"\n"
            + "Tom Vale, the engineer, agreed with Reed.";

        Assert.Equal("Said: \"The bridge opens\", Ann Vale agreed.", Corruptions.Apply(Corruption.Name, "Said: \"The bridge opens\", Ann Reed agreed.", article, "en"));
    }

    [Fact]
    public void Absent_lists_the_numbers_dates_and_names_the_article_has_nowhere()
    {
        const string article = "Mayor Ann Reed of Millbrook opened the bridge on Tuesday.\n"
            + "It cost 14 million pounds, the National Audit Office said.";
        var guard = new FaithfulnessGuard(article, "en");

        Assert.Empty(guard.Absent("The NAO says Reed's bridge cost 14 million pounds."));
        Assert.Equal(["15", "wednesday", "vale"], guard.Absent("Tom Vale opened the bridge on Wednesday for 15 million pounds."));
    }

    [Theory]
    [InlineData("The council has not set a date for the work.", true)]
    [InlineData("The council didn't set a date.", true)]
    // The source has a negation, but of the date, not of the approval.
    [InlineData("The council has not approved the bridge.", false)]
    [InlineData("Совет не назначил дату работ.", true)]
    [InlineData("Совет не одобрил мост.", false)]
    public void A_negation_must_negate_what_the_source_negates(string sentence, bool supported)
    {
        if (IsRussian(sentence))
            AssertVerdict("Совет одобрил мост, но не назначил дату работ.", "ru", sentence, supported, "negation");
        else
            AssertVerdict("The council approved the bridge but has not set a date for the work.", "en", sentence, supported, "negation");
    }

    [Theory]
    [InlineData("Double pay is due for work from 31 December to 9 January.", true)]
    // Both months and both days are the source's, but not "31 January".
    [InlineData("Double pay is due for work from 31 January to 9 January.", false)]
    [InlineData("Выплаты положены за работу с 31 декабря по 9 января.", true)]
    [InlineData("Выплаты положены за работу с 31 января по 9 января.", false)]
    public void A_day_moved_to_another_month_of_the_source_is_caught(string sentence, bool supported)
    {
        if (IsRussian(sentence))
            AssertVerdict("Президент назначил выплаты в двойном размере за работу с 31 декабря по 9 января.", "ru", sentence, supported, "date");
        else
            AssertVerdict("The president ordered double pay for work from 31 December to 9 January.", "en", sentence, supported, "date");
    }

    [Theory]
    // The verb "may" is no month: English writes months with a capital.
    [InlineData("en", "The council could approve the bridge in June.", "The council may approve the bridge.", true)]
    [InlineData("en", "The council could approve the bridge in June.", "The council may approve the bridge in July.", false)]
    // Month and day names of every language the platform knows.
    [InlineData("fr", "Le conseil a approuvé le pont en janvier.", "En janvier, le conseil a approuvé le pont.", true)]
    [InlineData("fr", "Le conseil a approuvé le pont en janvier.", "Le conseil a approuvé le pont en février.", false)]
    [InlineData("es", "El consejo aprobó el puente el lunes.", "El consejo aprobó el puente el martes.", false)]
    public void Dates_are_the_languages_month_and_day_names(string language, string article, string sentence, bool supported)
    {
        AssertVerdict(article, language, sentence, supported, "date");
    }

    [Theory]
    [InlineData("fr", "Le pont ouvre en janvier.", "Le pont ouvre en février.")]
    [InlineData("ru", "Мост откроют в среду.", "Мост откроют в четверг.")]
    [InlineData("ru", "Мост откроют 5 января.", "Мост откроют 5 февраля.")]
    public void A_date_is_shifted_in_the_sentences_language(string language, string sentence, string expected)
    {
        Assert.Equal(expected, Corruptions.Apply(Corruption.Date, sentence, sentence, language));
    }

    private static bool IsRussian(string sentence) => sentence.Any(c => c is >= 'а' and <= 'я');

    // A sentence checked against an article: supported or not, and when not, for the reason given.
    private static void AssertVerdict(string article, string language, string sentence, bool supported, string? reason = null)
    {
        var verdict = new FaithfulnessGuard(article, language).Check(sentence);

        Assert.True(supported == verdict.Supported, $"{verdict.Reason}: {string.Join(", ", verdict.Unsupported ?? [])}");
        if (!supported && reason is not null)
            Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    // A number beside a month that is no day or year ("In January 40 people") is no date.
    [InlineData("In January 40 people left the town.", true)]
    // A year is written with its month across a day and a comma.
    [InlineData("The town was founded in December 2021.", true)]
    [InlineData("The town was founded in December 2022.", false)]
    public void A_month_goes_with_its_day_and_year_not_with_any_number(string sentence, bool supported)
    {
        AssertVerdict("Forty people left the town in January, 40 of them farmers.\nThe town was founded on December 31, 2021.", "en", sentence, supported);
    }

    [Theory]
    [InlineData("en", "The council has not approved the bridge.")]
    [InlineData("ru", "Совет не одобрил мост.")]
    public void A_negated_verb_gets_no_second_negation(string language, string sentence)
    {
        Assert.Null(Corruptions.Apply(Corruption.Negation, sentence, sentence, language));
    }

    [Fact]
    public void The_verb_may_is_no_month_to_shift()
    {
        Assert.Null(Corruptions.Apply(Corruption.Date, "The council may approve the bridge.", "", "en"));
        Assert.Equal("The council meets in June.", Corruptions.Apply(Corruption.Date, "The council meets in May.", "", "en"));
    }
}
