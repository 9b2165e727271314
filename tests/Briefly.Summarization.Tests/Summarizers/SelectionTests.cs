using Briefly.Summarization.Analysis;
using Briefly.Summarization.Selection;

namespace Briefly.Summarization.Tests.Summarizers;

public class SelectionTests
{
    private const string Repetitive =
        "The minister announced a new tax on sugary drinks today.\n"
        + "Critics said the minister announced a new tax on sugary drinks without warning.\n"
        + "Shops expect prices to rise by ten percent next month.";

    [Fact]
    public void Trigram_blocking_skips_a_sentence_that_repeats_a_chosen_one()
    {
        var doc = DocumentAnalyzer.Analyze(Repetitive, "en");
        double[] scores = [3, 2, 1];
        Assert.Equal([0, 2], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: true));
        Assert.Equal([0, 1], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: false));
    }

    [Fact]
    public void A_sentence_sharing_only_a_phrase_is_not_a_repeat()
    {
        const string text =
            "The chief executive said profits rose by a fifth in the last quarter of the year.\n"
            + "Staff were told on Monday, the chief executive said, that two of the northern factories would close in spring.\n"
            + "Shops expect prices to rise by ten percent next month.";
        var doc = DocumentAnalyzer.Analyze(text, "en");
        double[] scores = [3, 2, 1];
        Assert.Equal([0, 1], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: true));
    }

    [Fact]
    public void Blocked_sentences_fill_in_when_nothing_else_is_left()
    {
        var doc = DocumentAnalyzer.Analyze(Repetitive, "en");
        double[] scores = [3, 2, 1];
        Assert.Equal([0, 1, 2], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(3), blockRepeats: true));
    }

    [Fact]
    public void Output_is_in_article_order_whatever_the_scores()
    {
        var doc = DocumentAnalyzer.Analyze(Repetitive, "en");
        double[] scores = [1, 2, 3];
        Assert.Equal([1, 2], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(2), blockRepeats: false));
    }

    [Fact]
    public void Equal_scores_prefer_earlier_sentences()
    {
        var doc = DocumentAnalyzer.Analyze(Repetitive, "en");
        double[] scores = [1, 1, 1];
        Assert.Equal([0], SentenceSelector.Select(doc, scores, SummaryLength.Sentences(1), blockRepeats: false));
    }
}
