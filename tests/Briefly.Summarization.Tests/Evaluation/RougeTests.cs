using Briefly.Summarization.Evaluation;

namespace Briefly.Summarization.Tests.Evaluation;

public class RougeTests
{
    private const double Tolerance = 1e-9;

    private static void AssertScore(RougeScore actual, double precision, double recall, double f1)
    {
        Assert.Equal(precision, actual.Precision, Tolerance);
        Assert.Equal(recall, actual.Recall, Tolerance);
        Assert.Equal(f1, actual.F1, Tolerance);
    }

    private static double F1(string reference, string candidate, string language = "en") =>
        Rouge.Score(reference, candidate, language).Rouge1.F1;

    [Fact]
    public void Identical_texts_score_one_everywhere()
    {
        const string text = "The cabinet approved the budget.\nThe opposition walked out.";
        var r = Rouge.Score(text, text, "en");
        foreach (var score in new[] { r.Rouge1, r.Rouge2, r.RougeL, r.RougeLsum })
            AssertScore(score, 1, 1, 1);
    }

    [Fact]
    public void Disjoint_texts_score_zero_everywhere()
    {
        var r = Rouge.Score("alpha beta gamma", "delta epsilon zeta", "en");
        foreach (var score in new[] { r.Rouge1, r.Rouge2, r.RougeL, r.RougeLsum })
            AssertScore(score, 0, 0, 0);
    }

    [Fact]
    public void Empty_sides_score_zero_without_dividing_by_zero()
    {
        Assert.Equal(RougeScore.Zero, Rouge.Score("", "", "en").Rouge1);
        Assert.Equal(RougeScore.Zero, Rouge.Score("some words", "", "en").RougeLsum);
        Assert.Equal(RougeScore.Zero, Rouge.Score("", "some words", "en").RougeL);
        Assert.Equal(RougeScore.Zero, Rouge.Score("... --- !!!", "some words", "en").Rouge2);
    }

    [Fact]
    public void Repeated_candidate_words_are_clipped_to_their_reference_count()
    {
        // Reference unigrams {the, cat}; "the" x3 matches once: P = 1/3, R = 1/2, F = 2PR/(P+R) = 0.4.
        var r = Rouge.Score("the cat", "the the the", "en");
        AssertScore(r.Rouge1, 1.0 / 3, 0.5, 0.4);
        // Reference bigram "the cat" against "the the" x2: no hit.
        AssertScore(r.Rouge2, 0, 0, 0);
    }

    [Fact]
    public void Bigrams_span_line_boundaries_as_in_ROUGE_1_5_5()
    {
        // ROUGE-1.5.5 joins SPL lines before counting n-grams, so the reference bigrams are
        // "red fox", "fox ran", "ran off" and "fox ran" (across the break) is a hit: P = 1, R = 1/3, F = 0.5.
        var r = Rouge.Score("red fox\nran off", "fox ran", "en");
        AssertScore(r.Rouge2, 1, 1.0 / 3, 0.5);
        AssertScore(r.Rouge1, 1, 0.5, 2.0 / 3);
    }

    [Fact]
    public void Summary_level_union_LCS_differs_from_LCS_over_the_whole_text()
    {
        // Whole text: "the red dog" vs "dog the red" has LCS "the red" = 2 of 3.
        // Per sentence: the reference sentence's LCS with "dog" is {dog}, with "the red" is {the, red}; the union is all 3.
        var r = Rouge.Score("the red dog", "dog\nthe red", "en");
        AssertScore(r.RougeL, 2.0 / 3, 2.0 / 3, 2.0 / 3);
        AssertScore(r.RougeLsum, 1, 1, 1);
    }

    [Fact]
    public void Union_LCS_counts_a_candidate_token_no_more_often_than_it_occurs()
    {
        // Both reference sentences' LCS contain "cat", but the candidate has one: 1 hit of 4 reference tokens.
        var r = Rouge.Score("cat sat\ncat ran", "cat", "en");
        AssertScore(r.RougeLsum, 1, 0.25, 0.4);
    }

    [Fact]
    public void Union_LCS_follows_ROUGE_1_5_5_worked_example()
    {
        // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5; union LCS = w1 w2 w3 w5.
        var r = Rouge.Score("aa bb cc dd ee", "aa bb ff gg hh\naa cc hh ii ee", "en");
        AssertScore(r.RougeLsum, 0.4, 0.8, 2 * 0.4 * 0.8 / 1.2);
    }

    [Fact]
    public void Only_tokens_longer_than_three_characters_are_stemmed()
    {
        Assert.Equal("wa", PorterStemmer1980.Stem("was"));
        Assert.Equal(0, F1("was", "wa"));
        Assert.Equal(0, F1("bus", "bu"));
        Assert.Equal(1, F1("cats", "cat"));
        Assert.Equal(1, F1("Running runners", "run runner"));
    }

    [Theory]
    [InlineData("$5", "5")] // "$" is a separator, so it never starts a token.
    [InlineData("well-known", "well known")]
    [InlineData("didn't", "didn t")]
    [InlineData("company's", "company s")]
    [InlineData("UPPER Case", "upper case")]
    [InlineData("café", "caf")] // The script sees UTF-8 bytes: "é" separates.
    [InlineData("naïve", "na ve")]
    [InlineData("Ünïcode", "n code")] // Non-ASCII capitals are not lower-cased: they separate too.
    [InlineData("10:30 a.m.", "10 30 a m")]
    [InlineData("“We win,” he said.", "we win he said")]
    public void English_tokenization_matches_the_script(string reference, string candidate)
    {
        var r = Rouge.Score(reference, candidate, "en");
        AssertScore(r.Rouge1, 1, 1, 1);
        Assert.Equal(r.Rouge1, r.RougeL);
    }

    [Fact]
    public void Non_ASCII_letters_are_not_folded_into_ASCII_ones()
    {
        Assert.Equal(0, F1("café", "cafe"));
    }

    [Fact]
    public void Russian_words_are_stemmed_with_Snowball()
    {
        // "новые книги вышли" -> нов, книг, вышл; "новая книга" -> нов, книг: P = 1, R = 2/3.
        var r = Rouge.Score("Новые книги вышли", "новая книга", "ru");
        AssertScore(r.Rouge1, 1, 2.0 / 3, 0.8);
        AssertScore(r.Rouge2, 1, 0.5, 2.0 / 3);
    }

    [Fact]
    public void Combining_marks_stay_inside_Devanagari_words()
    {
        // "हिन्दी" has a virama and vowel signs; splitting at them would make extra tokens and change both sides' counts.
        var r = Rouge.Score("हिन्दी भाषा", "हिन्दी", "hi");
        AssertScore(r.Rouge1, 1, 0.5, 2.0 / 3);
    }

    [Fact]
    public void Other_languages_lower_case_Unicode_letters()
    {
        Assert.Equal(1, F1("ÉCOLE Über", "école über", "xx"));
    }

    [Fact]
    public void Language_tags_with_regions_use_the_base_language()
    {
        Assert.Equal(Rouge.Score("Cats ran", "cat runs", "en"), Rouge.Score("Cats ran", "cat runs", "en-GB"));
    }

    [Fact]
    public void Accumulator_averages_per_document_F1_times_100()
    {
        var accumulator = new RougeAccumulator();
        Assert.Equal(0, accumulator.Rouge1);
        accumulator.Add(Rouge.Score("the cat", "the cat", "en"));
        accumulator.Add(Rouge.Score("the cat", "the the the", "en"));
        Assert.Equal(2, accumulator.Count);
        Assert.Equal((100 + 40) / 2.0, accumulator.Rouge1, Tolerance);
        Assert.Equal((100 + 0) / 2.0, accumulator.Rouge2, Tolerance);
        Assert.Equal((100 + 40) / 2.0, accumulator.RougeL, Tolerance);
        Assert.Equal((100 + 40) / 2.0, accumulator.RougeLsum, Tolerance);
    }
}
