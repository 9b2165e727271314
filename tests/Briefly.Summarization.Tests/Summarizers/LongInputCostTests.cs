using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Tests.Summarizers;

/// <summary>
/// What one very long input may cost, measured in allocated bytes (deterministic, unlike time): a 2 MB text of
/// tiny sentences is analysed within a bounded window and compared within a bounded number of pairs.
/// </summary>
public class LongInputCostTests
{
    private static readonly string TinySentences = string.Concat(Enumerable.Repeat("Word. ", 349_000));

    [Fact]
    public void Only_the_first_window_of_sentences_is_analysed_but_every_sentence_and_word_is_counted()
    {
        var document = DocumentAnalyzer.Analyze(TinySentences, "en");
        Assert.Equal(DocumentAnalyzer.MaxSentences, document.Sentences.Count);
        Assert.Equal(349_000, document.SourceSentences);
        Assert.Equal(349_000, document.SourceWords);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(300)]
    [InlineData(301)]
    [InlineData(5_000)]
    [InlineData(DocumentAnalyzer.MaxSentences)]
    [InlineData(349_000)]
    public void The_compared_pairs_stay_within_the_budget_at_every_length(int n)
    {
        var band = SimilarityGraph.Band(n);
        Assert.InRange(band, 1, Math.Max(1, n));
        Assert.True((long)n * band <= Math.Max(SimilarityGraph.PairBudget, (long)SimilarityGraph.CompleteLimit * SimilarityGraph.CompleteLimit));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("textrank")]
    [InlineData("lexrank")]
    [InlineData("lead")]
    public void Summarizing_2_MB_of_tiny_sentences_allocates_a_bounded_amount(string method)
    {
        Assert.True(Briefly.Summarization.Summarizers.TryGet(method, out var summarizer));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var summary = summarizer.Summarize(TinySentences, new SummaryOptions { Language = "en" });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(3, summary.Sentences.Count);
        Assert.Equal(349_000, summary.SourceSentences);
        // Without the window and the pair budget this was over 2 GB for default.
        Assert.InRange(allocated, 0, 150L * 1024 * 1024);
    }
}
