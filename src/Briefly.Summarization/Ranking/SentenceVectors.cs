using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// Sparse bag-of-terms vectors, one per sentence (sorted term ids, weights, norm), so similarity is a linear merge.
/// </summary>
public sealed class SentenceVectors
{
    private readonly int[][] _ids;
    private readonly double[][] _weights;
    private readonly double[] _norms;

    private SentenceVectors(int[][] ids, double[][] weights, double[] norms)
    {
        _ids = ids;
        _weights = weights;
        _norms = norms;
    }

    /// <summary>Distinct content terms of sentence <paramref name="i"/>.</summary>
    public int Distinct(int i) => _ids[i].Length;

    /// <summary>Sentence <paramref name="i"/>'s distinct term ids, ascending.</summary>
    public ReadOnlySpan<int> Ids(int i) => _ids[i];

    /// <summary>The weights of <see cref="Ids"/>, in the same order.</summary>
    public ReadOnlySpan<double> Weights(int i) => _weights[i];

    /// <summary>Term-frequency vectors, optionally multiplied by IDF (one entry per term id).</summary>
    public static SentenceVectors Build(Document document, ReadOnlySpan<double> idf)
    {
        var n = document.Sentences.Count;
        var ids = new int[n][];
        var weights = new double[n][];
        var norms = new double[n];
        var longest = 0;
        foreach (var s in document.Sentences)
            longest = Math.Max(longest, s.Terms.Length);
        Span<int> buffer = longest <= 256 ? stackalloc int[256] : new int[longest];
        for (var i = 0; i < n; i++)
        {
            var terms = document.Sentences[i].Terms;
            var sorted = buffer[..terms.Length];
            terms.CopyTo(sorted);
            sorted.Sort();
            var distinct = 0;
            for (var k = 0; k < sorted.Length; k++)
            {
                if (k == 0 || sorted[k] != sorted[k - 1])
                    distinct++;
            }
            var id = new int[distinct];
            var w = new double[distinct];
            var d = -1;
            for (var k = 0; k < sorted.Length; k++)
            {
                if (k == 0 || sorted[k] != sorted[k - 1])
                    id[++d] = sorted[k];
                w[d] += 1;
            }
            var norm = 0.0;
            for (var k = 0; k < id.Length; k++)
            {
                if (!idf.IsEmpty)
                    w[k] *= idf[id[k]];
                norm += w[k] * w[k];
            }
            ids[i] = id;
            weights[i] = w;
            norms[i] = Math.Sqrt(norm);
        }
        return new SentenceVectors(ids, weights, norms);
    }

    /// <summary>Sentence-level inverse document frequency: log(N / df), the statistic LexRank defines.</summary>
    public static double[] InverseSentenceFrequency(Document document)
    {
        var df = new int[document.VocabularySize];
        var seen = new int[document.VocabularySize];
        Array.Fill(seen, -1);
        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var t in sentences[i].Terms)
            {
                if (seen[t] != i)
                {
                    seen[t] = i;
                    df[t]++;
                }
            }
        }
        var idf = new double[df.Length];
        var n = (double)Math.Max(1, sentences.Count);
        for (var t = 0; t < df.Length; t++)
            idf[t] = df[t] == 0 ? 0 : Math.Log(n / df[t]) + 1e-3;
        return idf;
    }

    public double Cosine(int a, int b)
    {
        var denominator = _norms[a] * _norms[b];
        return denominator <= 0 ? 0 : Dot(a, b) / denominator;
    }

    public double Dot(int a, int b)
    {
        var ia = _ids[a];
        var ib = _ids[b];
        var wa = _weights[a];
        var wb = _weights[b];
        double sum = 0;
        int x = 0, y = 0;
        while (x < ia.Length && y < ib.Length)
        {
            if (ia[x] == ib[y])
                sum += wa[x++] * wb[y++];
            else if (ia[x] < ib[y])
                x++;
            else
                y++;
        }
        return sum;
    }

    /// <summary>Number of distinct terms of sentence <paramref name="i"/> that are marked in <paramref name="set"/>.</summary>
    public int CountIn(int i, ReadOnlySpan<bool> set)
    {
        var count = 0;
        foreach (var id in _ids[i])
        {
            if (set[id])
                count++;
        }
        return count;
    }

    /// <summary>Number of distinct terms two sentences share.</summary>
    public int Overlap(int a, int b)
    {
        var ia = _ids[a];
        var ib = _ids[b];
        int x = 0, y = 0, shared = 0;
        while (x < ia.Length && y < ib.Length)
        {
            if (ia[x] == ib[y])
            {
                shared++;
                x++;
                y++;
            }
            else if (ia[x] < ib[y])
                x++;
            else
                y++;
        }
        return shared;
    }

    /// <summary>Euclidean norm of sentence <paramref name="i"/>'s vector.</summary>
    public double Norm(int i) => _norms[i];

    /// <summary>Cosine of every sentence with the document's centroid (the sum of all sentence vectors).</summary>
    public double[] CentroidCosines(int vocabularySize)
    {
        var centroid = new double[vocabularySize];
        for (var i = 0; i < _ids.Length; i++)
        {
            var ids = _ids[i];
            var w = _weights[i];
            for (var k = 0; k < ids.Length; k++)
                centroid[ids[k]] += w[k];
        }
        var norm = 0.0;
        foreach (var c in centroid)
            norm += c * c;
        norm = Math.Sqrt(norm);
        var cosines = new double[_ids.Length];
        for (var i = 0; i < _ids.Length; i++)
        {
            if (norm <= 0 || _norms[i] <= 0)
                continue;
            var ids = _ids[i];
            var w = _weights[i];
            var dot = 0.0;
            for (var k = 0; k < ids.Length; k++)
                dot += w[k] * centroid[ids[k]];
            cosines[i] = dot / (norm * _norms[i]);
        }
        return cosines;
    }
}
