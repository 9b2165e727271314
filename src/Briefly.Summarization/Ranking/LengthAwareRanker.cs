using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// The <c>default</c> method's ranker. For summaries of several sentences it is the hand-tuned
/// <see cref="DefaultRanker"/> unchanged. For one-sentence summaries it adds the learned model
/// (<c>Resources/learned-ranker.json</c>, made by <c>briefly train</c>): z(default) + λ·z(learned), both as
/// z-scores within the document, with λ = 2 — the value an inner cross-validation chose in every fold for
/// one-sentence summaries (and 0, i.e. the default alone, for longer ones). The requested length is an input
/// at inference time, not a data-set switch. See docs/summarizer.md.
/// </summary>
public sealed class LengthAwareRanker(DefaultRanker? baseline = null, LinearRankerModel? learned = null, double lambda = LengthAwareRanker.OneSentenceLambda) : ISentenceRanker
{
    /// <summary>The learned score's weight for one-sentence summaries.</summary>
    public const double OneSentenceLambda = 2.0;

    private static readonly Lazy<LinearRankerModel> Embedded = new(LoadEmbedded);

    private readonly DefaultRanker _baseline = baseline ?? new DefaultRanker();
    private readonly LinearRankerModel? _learned = learned;

    /// <summary>The weights shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedModel => Embedded.Value;

    /// <summary>Without a requested length: the default ranker's scores.</summary>
    public void Score(Document document, Span<double> scores) => _baseline.Score(document, scores);

    public void Score(Document document, SummaryLength length, Span<double> scores)
    {
        var n = scores.Length;
        if (length.Unit != LengthUnit.Sentences || length.Value != 1 || n < 2 || lambda == 0)
        {
            _baseline.Score(document, scores);
            return;
        }
        // One set of sentence vectors for both the hand-tuned scores and the learned features.
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        _baseline.Score(document, vectors, scores);
        var model = _learned ?? Embedded.Value;
        var features = SentenceFeatures.Compute(document, vectors);
        var f = SentenceFeatures.Count;
        double[] rows;
        if (model.UsesDefaultScore)
        {
            rows = new double[n * (f + 1)];
            for (var i = 0; i < n; i++)
            {
                features.AsSpan(i * f, f).CopyTo(rows.AsSpan(i * (f + 1), f));
                rows[i * (f + 1) + f] = scores[i];
            }
        }
        else
        {
            rows = features;
        }
        var learnedScores = new double[n];
        model.Score(rows, n, learnedScores, DocumentContext.Compute(document, 1));
        Standardize(scores);
        Standardize(learnedScores);
        for (var i = 0; i < n; i++)
            scores[i] += lambda * learnedScores[i];
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

    private static LinearRankerModel LoadEmbedded()
    {
        using var stream = typeof(LengthAwareRanker).Assembly.GetManifestResourceStream("Briefly.Summarization.learned-ranker.json")
            ?? throw new InvalidOperationException("the learned ranker's weights are not embedded in this build");
        using var reader = new StreamReader(stream);
        var model = LinearRankerModel.Parse(reader.ReadToEnd());
        var expected = SentenceFeatures.Names.Append(LinearRankerModel.DefaultScoreName);
        if (!model.Features.SequenceEqual(SentenceFeatures.Names) && !model.Features.SequenceEqual(expected))
            throw new FormatException("the embedded weights name features this build does not compute");
        return model;
    }
}
