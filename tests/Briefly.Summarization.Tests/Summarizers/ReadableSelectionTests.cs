using Briefly.Summarization.Analysis;
using Briefly.Summarization.Selection;

namespace Briefly.Summarization.Tests.Summarizers;

public class ReadableSelectionTests
{
    private const string Story =
        "The city opened a new bridge over the river on Tuesday.\n"
        + "Traffic on the old crossing fell by half within hours.\n"
        + "The mayor called the bridge a gift to every commuter.\n"
        + "But engineers warned that the approach roads were not finished.";

    [Theory]
    [InlineData("But the plan failed.", true)]
    [InlineData("However, costs rose.", true)]
    [InlineData("\"They don't know,\" she said.", true)]
    [InlineData("Its engine stalled.", true)]
    [InlineData("It rained.", true)]
    [InlineData("Italy won the match.", false)]
    [InlineData("Thereafter the road closed.", false)]
    [InlineData("The mayor spoke.", false)]
    [InlineData("Однако власти отказались.", true)]
    [InlineData("По его словам, мост откроют летом.", true)]
    [InlineData("«Это ошибка», — сказал он.", true)]
    [InlineData("Армия вошла в город.", false)]
    [InlineData("Иванов ответил коротко.", false)]
    public void Back_references_follow_the_reference_metrics_lists(string sentence, bool expected) =>
        Assert.Equal(expected, BackReferences.OpensWithBackReference(sentence));

    [Theory]
    [InlineData("Mais le projet a échoué.", "fr", true)]
    [InlineData("Mais le projet a échoué.", "en", false)]
    [InlineData("Sin embargo, la obra sigue.", "es", true)]
    [InlineData("Jedoch blieb die Brücke zu.", "de", true)]
    public void Other_languages_add_their_own_openers(string sentence, string language, bool expected) =>
        Assert.Equal(expected, BackReferences.OpensWithBackReference(sentence, language));

    [Theory]
    [InlineData("He said \"no\" twice.", 0, 0)]
    [InlineData("\"Yes, I think it can.", 0, 1)]
    [InlineData("They don't,\" Vermes said.", 1, 0)]
    [InlineData("«Мы готовы», — заявил он.", 0, 0)]
    [InlineData("«Мы готовы к работе.", 0, 1)]
    [InlineData("Er sagte: „Wir sind bereit“.", 0, 0)]
    [InlineData("The plan (first drafted in May was dropped.", 0, 1)]
    [InlineData("It's the '90s again, isn't it?", 0, 0)]
    [InlineData("Sie sagte: »Wir sind bereit«.", 0, 0)]
    [InlineData("»Wir sind bereit.", 0, 1)]
    [InlineData("1) Close the old bridge.", 0, 0)]
    [InlineData("The screen is 12\" wide.", 0, 0)]
    [InlineData("Fans wrote \"see you soon :)\" under the post.", 0, 0)]
    [InlineData("The report (page 4) was late.)", 1, 0)]
    public void Quote_balance_counts_unopened_closers_and_unclosed_openers(string text, int unopened, int unclosed) =>
        Assert.Equal(new QuoteBalance(unopened, unclosed), QuoteBalance.Of(text));

    [Fact]
    public void A_back_reference_brings_its_antecedent_when_the_budget_allows()
    {
        var doc = DocumentAnalyzer.Analyze(Story, "en");
        double[] scores = [1, 2, 3, 4];
        Assert.Equal([2, 3], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: false, readable: true));
        Assert.Equal([3], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(1), blockRepeats: false));
    }

    [Fact]
    public void Without_room_for_the_antecedent_another_sentence_is_taken()
    {
        var doc = DocumentAnalyzer.Analyze(Story, "en");
        double[] scores = [1, 2, 3, 4];
        Assert.Equal([2], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(1), blockRepeats: false, readable: true));
    }

    [Fact]
    public void A_sentence_with_its_antecedent_never_overshoots_a_word_budget()
    {
        var doc = DocumentAnalyzer.Analyze(Story, "en");
        double[] scores = [1, 2, 3, 4];
        // "But engineers …" (10 words) needs "The mayor …" (10 words): 20 words do not fit 15, so the best sentence
        // that reads alone is taken instead.
        Assert.Equal([2], SentenceSelector.Select(doc, scores, SummaryLength.Words(15), blockRepeats: false, readable: true));
        Assert.Equal([2, 3], SentenceSelector.Select(doc, scores, SummaryLength.Words(20), blockRepeats: false, readable: true));
    }

    [Fact]
    public void A_quotation_split_over_two_sentences_is_taken_whole_or_not_at_all()
    {
        const string text =
            "Doctors at the clinic praised the new scanner.\n"
            + "\"The machine works faster than anything we had. Patients wait less,\" the head nurse said.\n"
            + "The scanner cost two million dollars.";
        var doc = DocumentAnalyzer.Analyze(text, "en");
        Assert.Equal(4, doc.Sentences.Count);
        double[] scores = [1, 1, 5, 2];
        Assert.Equal([1, 2], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: false, readable: true));
        Assert.Equal([3], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(1), blockRepeats: false, readable: true));
        Assert.Equal([1, 2, 3], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(3), blockRepeats: false, readable: true));
    }

    [Fact]
    public void A_back_reference_after_text_the_summary_cannot_show_is_left_out()
    {
        var doc = DocumentAnalyzer.Analyze(Story, "en");
        var inSummary = new bool[doc.Sentences.Count];
        Assert.Equal((2, 3), SentenceSelector.Unit(doc, 3, inSummary));
        inSummary[2] = true;
        Assert.Equal((3, 3), SentenceSelector.Unit(doc, 3, inSummary));
    }

    [Fact]
    public void Dangling_count_matches_the_metric_on_summary_spans()
    {
        var doc = DocumentAnalyzer.Analyze(Story, "en");
        SummarySentence At(int i) => new(doc.Sentences[i].Span.Slice(Story), doc.Sentences[i].Span.Start, doc.Sentences[i].Span.Length, i, 0);
        Assert.Equal(1, BackReferences.CountDangling(Story, [At(0), At(3)]));
        Assert.Equal(0, BackReferences.CountDangling(Story, [At(2), At(3)]));
        Assert.Equal(0, BackReferences.CountDangling(Story, [At(0)]));
    }
}
