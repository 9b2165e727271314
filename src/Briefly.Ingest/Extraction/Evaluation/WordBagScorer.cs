namespace Briefly.Ingest.Extraction.Evaluation;

/// <summary>
/// WCXB's score: lower-cased <c>\w</c> tokens as a bag of words; per page precision = overlap / predicted words,
/// recall = overlap / reference words and their F1; each figure is the plain mean over pages (F1 is a mean of
/// per-page F1s). An empty reference scores 1 against an empty prediction and 0 otherwise; an empty prediction
/// scores 0. Also the share of "with" snippets found and of "without" snippets found (case-insensitive).
/// </summary>
public sealed class WordBagScorer
{
    private double _precision;
    private double _recall;
    private double _f1;
    private double _with;
    private double _without;
    private int _pages;

    public double WithRate => _pages == 0 ? 0 : _with / _pages;

    public double WithoutRate => _pages == 0 ? 0 : _without / _pages;

    public void Add(string truth, string predicted, IReadOnlyList<string>? with = null, IReadOnlyList<string>? without = null)
    {
        var (p, r, f) = Page(truth, predicted);
        _precision += p;
        _recall += r;
        _f1 += f;
        _with += SnippetRate(predicted, with);
        _without += SnippetRate(predicted, without);
        _pages++;
    }

    public ExtractionScores Result() => _pages == 0
        ? new ExtractionScores(0, 0, 0, 0, null)
        : new ExtractionScores(_pages, _precision / _pages, _recall / _pages, _f1 / _pages, null);

    public static (double Precision, double Recall, double F1) Page(string truth, string predicted)
    {
        var reference = WordTokens.Split(truth, lowerCase: true);
        var prediction = WordTokens.Split(predicted, lowerCase: true);
        if (reference.Count == 0)
            return prediction.Count == 0 ? (1, 1, 1) : (0, 0, 0);
        if (prediction.Count == 0)
            return (0, 0, 0);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in reference)
            counts[token] = counts.GetValueOrDefault(token) + 1;
        var overlap = 0;
        foreach (var token in prediction)
        {
            if (counts.GetValueOrDefault(token) is > 0 and var left)
            {
                counts[token] = left - 1;
                overlap++;
            }
        }
        var precision = (double)overlap / prediction.Count;
        var recall = (double)overlap / reference.Count;
        var f1 = overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    // A page with no snippets counts as 1.
    private static double SnippetRate(string predicted, IReadOnlyList<string>? snippets)
    {
        if (snippets is null || snippets.Count == 0)
            return 1;
        return (double)snippets.Count(s => predicted.Contains(s, StringComparison.OrdinalIgnoreCase)) / snippets.Count;
    }
}
