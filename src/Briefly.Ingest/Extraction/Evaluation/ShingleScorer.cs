namespace Briefly.Ingest.Extraction.Evaluation;

/// <summary>
/// The Scrapinghub (Zyte) article extraction benchmark's score: case-sensitive <c>\w</c> tokens, multisets of
/// 4-token shingles, per-page precision and recall, their plain means over the pages, and F1 as the harmonic
/// mean of the two means. A page with an empty prediction is left out of the precision mean, one with an empty
/// truth out of the recall mean; a page whose shingles match exactly counts 1 for both.
/// </summary>
public sealed class ShingleScorer
{
    public const int ShingleSize = 4;

    private double _precisionSum;
    private int _precisionPages;
    private double _recallSum;
    private int _recallPages;
    private int _exact;
    private int _pages;

    public void Add(string truth, string predicted)
    {
        var (precision, recall) = Page(truth, predicted);
        _pages++;
        if (precision is { } p)
        {
            _precisionSum += p;
            _precisionPages++;
        }
        if (recall is { } r)
        {
            _recallSum += r;
            _recallPages++;
        }
        if (WordTokens.Split(truth, lowerCase: false).SequenceEqual(WordTokens.Split(predicted, lowerCase: false), StringComparer.Ordinal))
            _exact++;
    }

    public ExtractionScores Result()
    {
        var precision = _precisionPages == 0 ? 0 : _precisionSum / _precisionPages;
        var recall = _recallPages == 0 ? 0 : _recallSum / _recallPages;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScores(_pages, precision, recall, f1, _pages == 0 ? 0 : (double)_exact / _pages);
    }

    /// <summary>One page's precision and recall; null where the page is left out of that mean.</summary>
    public static (double? Precision, double? Recall) Page(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in actual)
        {
            var want = expected.GetValueOrDefault(shingle);
            tp += Math.Min(count, want);
            fp += Math.Max(0, count - want);
        }
        foreach (var (shingle, want) in expected)
            fn += Math.Max(0, want - actual.GetValueOrDefault(shingle));
        if (fp == 0 && fn == 0)
            return (1, 1);
        double? precision = tp + fp == 0 ? null : (double)tp / (tp + fp);
        double? recall = tp + fn == 0 ? null : (double)tp / (tp + fn);
        return (precision, recall);
    }

    /// <summary>The multiset of 4-token windows; a text of 1 to 3 tokens is one shingle of them all.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = WordTokens.Split(text, lowerCase: false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return counts;
        var windows = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < windows; i++)
        {
            // U+0001 cannot be part of a token, so joined windows are distinct exactly when their tokens are.
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
