using System.Buffers;
using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// The <c>default</c> method's ranker, one ranking for every summary length. A sentence's quality is
/// z(hand-tuned <see cref="DefaultRanker"/>) + λ·z(learned) + μ·z(TextRank), all z-scores within the document; the
/// best-quality sentence leads, and the others follow by quality plus π·z(−log(1 + position)). With π large the
/// rest keeps close to article order: on news the one most summary-like sentence is often not the first, but the
/// first few sentences together are hard to beat, so a longer summary adds the opening sentences rather than
/// further "central" ones from deep in the text. The learned model is <c>Resources/learned-ranker.json</c>, made by
/// <c>briefly train</c>; λ, μ and π are what <c>briefly train --hybrid</c>'s cross-validation over sentences 1–6 and
/// 50/100/200 words chose. See docs/summarizer.md.
/// </summary>
public sealed class BlendRanker(
    DefaultRanker? baseline = null,
    LinearRankerModel? model = null,
    double lambda = BlendRanker.Lambda,
    double mu = BlendRanker.Mu,
    double pi = BlendRanker.Pi,
    bool leader = true) : ISentenceRanker
{
    /// <summary>The learned score's weight in a sentence's quality.</summary>
    public const double Lambda = 2.0;

    /// <summary>TextRank's weight in a sentence's quality.</summary>
    public const double Mu = 2.0;

    /// <summary>The position prior's weight after the leading sentence.</summary>
    public const double Pi = 16.0;

    private static readonly int TextRankColumn = SentenceFeatures.Names.ToList().IndexOf("textrank");

    private static readonly Lazy<Prepared> Embedded = new(() => Prepare(LoadEmbedded("learned-ranker.json")));

    private readonly DefaultRanker _baseline = baseline ?? new DefaultRanker();
    private readonly Prepared? _model = model is null ? null : Prepare(model);

    /// <summary>The weights shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedModel => Embedded.Value.Model;

    public void Score(Document document, Span<double> scores)
    {
        var n = scores.Length;
        if (n < 2)
        {
            _baseline.Score(document, scores);
            return;
        }
        // One set of sentence vectors and pair similarities for both the hand-tuned scores and the learned features.
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        var pairs = SentencePairs.Build(vectors, n, document.VocabularySize);
        _baseline.Score(document, vectors, pairs, scores);
        if (lambda == 0 && mu == 0)
        {
            Standardize(scores);
            Combine(scores, [], [], lambda, mu, pi, leader, scores);
            return;
        }
        var (learnedModel, columns) = _model ?? Embedded.Value;
        var f = SentenceFeatures.Count;
        // The model reads the hand-tuned score as it was trained on it, before standardizing. The shipped model's
        // columns are the features in order plus that score, so it reads the feature matrix in place.
        var inPlace = IsFeaturesThenScore(columns);
        var features = SentenceFeatures.Compute(document, vectors, pairs, inPlace ? 1 : 0);
        var width = inPlace ? f + 1 : f;
        double[] rows;
        if (inPlace)
        {
            for (var i = 0; i < n; i++)
                features[i * width + f] = scores[i];
            rows = features;
        }
        else
        {
            var m = columns.Length;
            rows = new double[n * m];
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < m; c++)
                    rows[i * m + c] = columns[c] < 0 ? scores[i] : features[i * width + columns[c]];
            }
        }
        var learned = new double[n];
        learnedModel.Score(rows, n, learned, DocumentContext.Compute(document));
        // TextRank is already one of the features; as its own term it carries the weight that cross-validation
        // on ROUGE gave it, which the model's per-sentence labels do not.
        var textRank = new double[n];
        for (var i = 0; i < n; i++)
            textRank[i] = features[i * width + TextRankColumn];
        Standardize(scores);
        Standardize(learned);
        Standardize(textRank);
        Combine(scores, learned, textRank, lambda, mu, pi, leader, scores);
    }

    /// <summary>
    /// The ranking from its standardized parts, as <see cref="Score"/> ships it and <c>briefly train --hybrid</c>
    /// tries it: quality = <paramref name="hand"/> + λ·<paramref name="learned"/> + μ·<paramref name="textRank"/>
    /// (an empty span stands for an all-zero term); every sentence then gains π·z(−log(1 + position)), and with
    /// <paramref name="leader"/> the best-quality sentence (the earliest of equals) goes above them all.
    /// <paramref name="scores"/> may be <paramref name="hand"/> itself.
    /// </summary>
    public static void Combine(
        ReadOnlySpan<double> hand, ReadOnlySpan<double> learned, ReadOnlySpan<double> textRank,
        double lambda, double mu, double pi, bool leader, Span<double> scores)
    {
        var n = scores.Length;
        if (n == 0)
            return;
        var best = 0;
        for (var i = 0; i < n; i++)
        {
            scores[i] = hand[i] + ((learned.IsEmpty ? 0 : lambda * learned[i]) + (textRank.IsEmpty ? 0 : mu * textRank[i]));
            if (scores[i] > scores[best])
                best = i;
        }
        if (pi == 0 && !leader)
            return;
        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var position = rented.AsSpan(0, n);
            for (var i = 0; i < n; i++)
                position[i] = -Math.Log(1 + i);
            Standardize(position);
            var top = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                scores[i] += pi * position[i];
                top = Math.Max(top, scores[i]);
            }
            if (leader)
                scores[best] = top + 1;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>z-scores in place (all zero when the values are constant).</summary>
    public static void Standardize(Span<double> values)
    {
        var n = values.Length;
        if (n == 0)
            return;
        var mean = 0.0;
        foreach (var v in values)
            mean += v;
        mean /= n;
        var ss = 0.0;
        foreach (var v in values)
            ss += (v - mean) * (v - mean);
        var sd = Math.Sqrt(ss / n);
        for (var i = 0; i < n; i++)
            values[i] = sd > 1e-12 ? (values[i] - mean) / sd : 0;
    }

    private static LinearRankerModel LoadEmbedded(string name)
    {
        using var stream = typeof(BlendRanker).Assembly.GetManifestResourceStream("Briefly.Summarization." + name)
            ?? throw new InvalidOperationException($"the learned ranker's weights ({name}) are not embedded in this build");
        using var reader = new StreamReader(stream);
        return LinearRankerModel.Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// Where each of the model's features comes from: a column of <see cref="SentenceFeatures"/>, or −1 for the
    /// hand-tuned score. Weights name their features, so a model made before a feature was added still loads.
    /// </summary>
    private static Prepared Prepare(LinearRankerModel model)
    {
        var columns = new int[model.Features.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var name = model.Features[c];
            columns[c] = name == LinearRankerModel.DefaultScoreName ? -1 : IndexOf(name);
        }
        return new Prepared(model, columns);

        static int IndexOf(string name)
        {
            for (var k = 0; k < SentenceFeatures.Count; k++)
            {
                if (SentenceFeatures.Names[k] == name)
                    return k;
            }
            throw new FormatException($"the learned ranker's weights name a feature this build does not compute: {name}");
        }
    }

    private static bool IsFeaturesThenScore(int[] columns)
    {
        if (columns.Length != SentenceFeatures.Count + 1 || columns[^1] != -1)
            return false;
        for (var c = 0; c < SentenceFeatures.Count; c++)
        {
            if (columns[c] != c)
                return false;
        }
        return true;
    }

    private sealed record Prepared(LinearRankerModel Model, int[] Columns);
}
