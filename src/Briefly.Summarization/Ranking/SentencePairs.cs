namespace Briefly.Summarization.Ranking;

/// <summary>
/// The sentence pairs that share at least one content stem, within the <see cref="SimilarityGraph"/> band, with
/// their TF-IDF cosine and the number of stems they share. Built once per document and read by both the
/// hand-tuned ranker and the learned features, because comparing every pair is most of the default method's cost.
/// </summary>
internal sealed class SentencePairs
{
    private int[] _first;
    private int[] _second;
    private double[] _cosine;
    private int[] _shared;

    private SentencePairs(int capacity)
    {
        _first = new int[capacity];
        _second = new int[capacity];
        _cosine = new double[capacity];
        _shared = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>The smallest cosine over every pair in the band, including pairs that share nothing (cosine 0).</summary>
    public double MinCosine { get; private set; }

    /// <summary>The largest cosine over every pair in the band (0 when there is none).</summary>
    public double MaxCosine { get; private set; }

    /// <summary>Whether the band holds any pair at all.</summary>
    public bool Any { get; private set; }

    public ReadOnlySpan<int> First => _first.AsSpan(0, Count);

    public ReadOnlySpan<int> Second => _second.AsSpan(0, Count);

    public ReadOnlySpan<double> Cosine => _cosine.AsSpan(0, Count);

    public ReadOnlySpan<int> Shared => _shared.AsSpan(0, Count);

    public static SentencePairs Build(SentenceVectors vectors, int n, int vocabularySize)
    {
        var band = SimilarityGraph.Band(n);
        var pairs = new SentencePairs((int)Math.Max(16, Math.Min((long)n * (n - 1) / 2, (long)n * band) / 2));
        // Sentence i's weights scattered into a dense array, so each pair costs one pass over the shorter side
        // instead of a merge of two sorted lists.
        var dense = new double[vocabularySize];
        var owner = new int[vocabularySize];
        Array.Fill(owner, -1);
        double min = double.MaxValue, max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            var ids = vectors.Ids(i);
            var weights = vectors.Weights(i);
            for (var k = 0; k < ids.Length; k++)
            {
                dense[ids[k]] = weights[k];
                owner[ids[k]] = i;
            }
            var normI = vectors.Norm(i);
            var last = Math.Min(n - 1, i + band);
            for (var j = i + 1; j <= last; j++)
            {
                var idsJ = vectors.Ids(j);
                var weightsJ = vectors.Weights(j);
                var dot = 0.0;
                var shared = 0;
                for (var k = 0; k < idsJ.Length; k++)
                {
                    var id = idsJ[k];
                    if (owner[id] == i)
                    {
                        dot += dense[id] * weightsJ[k];
                        shared++;
                    }
                }
                var normProduct = normI * vectors.Norm(j);
                var cosine = shared == 0 || normProduct <= 0 ? 0 : dot / normProduct;
                min = Math.Min(min, cosine);
                max = Math.Max(max, cosine);
                if (shared > 0)
                    pairs.Add(i, j, cosine, shared);
            }
        }
        pairs.Any = min != double.MaxValue;
        pairs.MinCosine = pairs.Any ? min : 0;
        pairs.MaxCosine = pairs.Any ? max : 0;
        return pairs;
    }

    private void Add(int i, int j, double cosine, int shared)
    {
        if (Count == _first.Length)
        {
            var size = _first.Length * 2;
            Array.Resize(ref _first, size);
            Array.Resize(ref _second, size);
            Array.Resize(ref _cosine, size);
            Array.Resize(ref _shared, size);
        }
        _first[Count] = i;
        _second[Count] = j;
        _cosine[Count] = cosine;
        _shared[Count] = shared;
        Count++;
    }
}
