namespace Briefly.Summarization.Ranking;

/// <summary>
/// A symmetric weighted sentence graph and PageRank over it. Long texts get a banded graph (each sentence
/// linked to its <see cref="Band"/> nearest neighbours on each side) so cost stays linear in length, not quadratic.
/// </summary>
public sealed class SimilarityGraph
{
    /// <summary>Up to this many sentences the graph is complete.</summary>
    public const int CompleteLimit = 300;

    /// <summary>Neighbours on each side in a banded graph of ordinary length.</summary>
    public const int Window = 100;

    /// <summary>
    /// At most this many pairs are compared in one document. A text of a few hundred thousand tiny sentences (a
    /// 2 MB "Word. Word. …") would otherwise make tens of millions of pairs and gigabytes of edges; the budget
    /// narrows its band instead, so time and memory stay linear in the text's length with a small constant.
    /// News articles (up to several thousand sentences) keep the full <see cref="Window"/>.
    /// </summary>
    public const int PairBudget = 1_000_000;

    /// <summary>Neighbours on each side that a document of <paramref name="n"/> sentences compares: all up to
    /// <see cref="CompleteLimit"/>, then <see cref="Window"/>, narrowed so the pairs stay within <see cref="PairBudget"/>.</summary>
    public static int Band(int n) => n <= CompleteLimit ? n : Math.Clamp(PairBudget / n, 1, Window);

    private readonly int _n;
    private readonly List<(int To, double Weight)>[] _edges;

    public SimilarityGraph(int n, Func<int, int, double> weight)
    {
        _n = n;
        _edges = new List<(int, double)>[n];
        for (var i = 0; i < n; i++)
            _edges[i] = [];
        var band = Band(n);
        for (var i = 0; i < n; i++)
        {
            var last = Math.Min(n - 1, i + band);
            for (var j = i + 1; j <= last; j++)
            {
                var w = weight(i, j);
                if (w > 0)
                {
                    _edges[i].Add((j, w));
                    _edges[j].Add((i, w));
                }
            }
        }
    }

    /// <summary>Weighted PageRank with damping <paramref name="damping"/>, iterated to convergence.</summary>
    public void PageRank(Span<double> rank, double damping = 0.85, int maxIterations = 100, double tolerance = 1e-6)
    {
        var outWeight = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            foreach (var (_, w) in _edges[i])
                outWeight[i] += w;
        }
        var next = new double[_n];
        rank.Fill(1.0 / Math.Max(1, _n));
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            // Dangling sentences (no edges) spread their rank evenly, as in the random-surfer model.
            var dangling = 0.0;
            for (var i = 0; i < _n; i++)
            {
                if (outWeight[i] == 0)
                    dangling += rank[i];
            }
            var teleport = (1 - damping) / _n + damping * dangling / _n;
            for (var j = 0; j < _n; j++)
            {
                var sum = 0.0;
                foreach (var (i, w) in _edges[j])
                    sum += rank[i] * w / outWeight[i];
                next[j] = teleport + damping * sum;
            }
            var delta = 0.0;
            for (var i = 0; i < _n; i++)
            {
                delta += Math.Abs(next[i] - rank[i]);
                rank[i] = next[i];
            }
            if (delta < tolerance)
                break;
        }
    }
}
