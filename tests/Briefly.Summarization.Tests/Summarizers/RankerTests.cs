using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Tests.Summarizers;

public class RankerTests
{
    // The third sentence shares words with every other one; the rest share nothing with each other.
    private const string Hub =
        "Apples grow in cold orchards near the river.\n"
        + "Trains leave the station every morning at six.\n"
        + "Apples travel by train from orchards to the station every morning.\n"
        + "Painters restored the old chapel ceiling slowly.\n"
        + "Apples from the river orchards fill the chapel market.";

    [Fact]
    public void TextRank_puts_the_most_connected_sentence_first()
    {
        var top = TopSentence(new TextRankRanker());
        Assert.Equal(2, top);
    }

    [Fact]
    public void LexRank_puts_the_most_connected_sentence_first()
    {
        var top = TopSentence(new LexRankRanker());
        Assert.Equal(2, top);
    }

    [Fact]
    public void Lead_scores_fall_with_position()
    {
        var doc = DocumentAnalyzer.Analyze(Hub, "en");
        var scores = new double[doc.Sentences.Count];
        new LeadRanker().Score(doc, scores);
        for (var i = 1; i < scores.Length; i++)
            Assert.True(scores[i] < scores[i - 1]);
    }

    [Fact]
    public void Graph_rank_sums_to_one()
    {
        var doc = DocumentAnalyzer.Analyze(Hub, "en");
        var scores = new double[doc.Sentences.Count];
        new LexRankRanker().Score(doc, scores);
        Assert.Equal(1.0, scores.Sum(), 6);
    }

    private static int TopSentence(ISentenceRanker ranker)
    {
        var doc = DocumentAnalyzer.Analyze(Hub, "en");
        var scores = new double[doc.Sentences.Count];
        ranker.Score(doc, scores);
        return Array.IndexOf(scores, scores.Max());
    }
}
