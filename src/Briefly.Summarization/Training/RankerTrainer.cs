using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Training;

/// <summary>One analysed training document: its features, oracle labels and which set and fold it belongs to.</summary>
internal sealed class TrainingDocument
{
    public required Document Document { get; init; }
    /// <summary>Row-major <see cref="SentenceFeatures"/>, one row per sentence.</summary>
    public required double[] Features { get; init; }
    /// <summary>1 for sentences the oracle picked, else 0.</summary>
    public required double[] Labels { get; init; }
    public required string Reference { get; init; }
    public required int Set { get; init; }
    public required int Fold { get; init; }
    /// <summary>The document's <see cref="DocumentContext"/> values.</summary>
    public double[] Context { get; init; } = new double[DocumentContext.Names.Count];
    /// <summary>The hand-tuned <see cref="DefaultRanker"/>'s score of each sentence.</summary>
    public double[] DefaultScores { get; init; } = [];

    public int Sentences => Labels.Length;

    public static TrainingDocument Create(Document document, string reference, int oracleSentences, int set, int fold, bool soft = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = soft ? GreedyOracle.SoftLabels(document, reference) : new double[document.Sentences.Count];
        if (!soft)
        {
            foreach (var i in GreedyOracle.Select(document, reference, oracleSentences))
                labels[i] = 1;
        }
        // One set of vectors and pair similarities for the hand-tuned scores and the features, as at inference.
        var n = document.Sentences.Count;
        var defaultScores = new double[n];
        var features = Array.Empty<double>();
        if (n > 0)
        {
            var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
            var pairs = SentencePairs.Build(vectors, n, document.VocabularySize);
            new DefaultRanker().Score(document, vectors, pairs, defaultScores);
            features = SentenceFeatures.Compute(document, vectors, pairs);
        }
        return new TrainingDocument
        {
            Document = document,
            Features = features,
            Labels = labels,
            Reference = reference,
            Set = set,
            Fold = fold,
            Context = DocumentContext.Compute(document),
            DefaultScores = defaultScores,
        };
    }

    /// <summary>The rows a model with <paramref name="defaultScore"/> scores: the features, plus the default's score when asked.</summary>
    public double[] Rows(bool defaultScore)
    {
        if (!defaultScore)
            return Features;
        var f = SentenceFeatures.Count;
        var rows = new double[Sentences * (f + 1)];
        for (var i = 0; i < Sentences; i++)
        {
            Features.AsSpan(i * f, f).CopyTo(rows.AsSpan(i * (f + 1), f));
            rows[i * (f + 1) + f] = DefaultScores[i];
        }
        return rows;
    }
}

/// <summary>How much each training sentence counts.</summary>
public enum SampleWeighting
{
    /// <summary>Every sentence counts the same (long documents weigh more).</summary>
    Sentence,

    /// <summary>Every document counts the same.</summary>
    Document,

    /// <summary>Every input set counts the same, and documents within it the same.</summary>
    Set,
}

/// <summary>What the fit minimizes.</summary>
public enum TrainingLoss
{
    /// <summary>Logistic regression on each sentence's label on its own.</summary>
    Pointwise,

    /// <summary>Softmax cross-entropy over each document's sentences (<see cref="ListwiseSoftmax"/>).</summary>
    Listwise,
}

public sealed record TrainerOptions
{
    public TrainingLoss Loss { get; init; } = TrainingLoss.Pointwise;
    /// <summary>Listwise targets are labels raised to this power, normalized per document: higher favours the best sentence.</summary>
    public double Sharpness { get; init; } = 1.0;
    public FeatureScaling Scaling { get; init; } = FeatureScaling.Document;
    public SampleWeighting Weighting { get; init; } = SampleWeighting.Set;
    public double L2 { get; init; } = 1.0;
    /// <summary>Feature columns left out (set to zero), for ablations.</summary>
    public IReadOnlySet<int> Dropped { get; init; } = new HashSet<int>();
    /// <summary><see cref="DocumentContext"/> indices whose products with <see cref="DocumentContext.InteractedFeatures"/> join the model.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [];
    /// <summary>Adds the hand-tuned default ranker's score as one more feature.</summary>
    public bool DefaultScore { get; init; }
}

/// <summary>Fits a <see cref="LinearRankerModel"/> (logistic regression on oracle labels) to training documents.</summary>
internal static class RankerTrainer
{
    public static LinearRankerModel Fit(IReadOnlyList<TrainingDocument> documents, TrainerOptions options, string? command = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> names = options.DefaultScore ? [.. SentenceFeatures.Names, LinearRankerModel.DefaultScoreName] : SentenceFeatures.Names;
        var f = names.Count;
        var interactions = new List<(int Feature, int Context)>();
        foreach (var c in options.Contexts)
        {
            foreach (var feature in DocumentContext.InteractedFeatures)
            {
                var index = names.ToList().IndexOf(feature);
                if (index >= 0 && !options.Dropped.Contains(index))
                    interactions.Add((index, c));
            }
        }
        var width = f + interactions.Count;
        var rows = documents.Sum(d => d.Sentences);
        var x = new double[rows * width];
        var y = new double[rows];
        var w = new double[rows];
        var setDocuments = new Dictionary<int, int>();
        foreach (var d in documents)
            setDocuments[d.Set] = setDocuments.GetValueOrDefault(d.Set) + 1;
        var r = 0;
        Span<double> mean = stackalloc double[f];
        Span<double> scale = stackalloc double[f];
        foreach (var d in documents)
        {
            var n = d.Sentences;
            var raw = d.Rows(options.DefaultScore);
            if (options.Scaling == FeatureScaling.Document)
                LinearRankerModel.DocumentMoments(raw, n, f, mean, scale);
            var weight = options.Weighting switch
            {
                SampleWeighting.Sentence => 1.0,
                SampleWeighting.Document => 1.0 / n,
                _ => 1.0 / n / setDocuments[d.Set],
            };
            for (var i = 0; i < n; i++, r++)
            {
                for (var k = 0; k < f; k++)
                {
                    var v = options.Dropped.Contains(k) ? 0 : raw[i * f + k];
                    x[r * width + k] = options.Scaling == FeatureScaling.Document ? (v - (options.Dropped.Contains(k) ? 0 : mean[k])) / scale[k] : v;
                }
                y[r] = d.Labels[i];
                w[r] = weight;
            }
        }
        // Weights are rescaled to average 1, so the L2 strength means the same whatever the weighting.
        var total = w.Sum();
        for (var i = 0; i < rows; i++)
            w[i] *= rows / total;

        var means = new double[f];
        var scales = new double[f];
        if (options.Scaling == FeatureScaling.Global)
        {
            for (var i = 0; i < rows; i++)
            {
                for (var k = 0; k < f; k++)
                    means[k] += x[i * width + k];
            }
            for (var k = 0; k < f; k++)
                means[k] /= Math.Max(1, rows);
            for (var i = 0; i < rows; i++)
            {
                for (var k = 0; k < f; k++)
                {
                    var dev = x[i * width + k] - means[k];
                    scales[k] += dev * dev;
                }
            }
            for (var k = 0; k < f; k++)
            {
                var sd = Math.Sqrt(scales[k] / Math.Max(1, rows));
                scales[k] = sd > 1e-9 ? sd : 1;
            }
            for (var i = 0; i < rows; i++)
            {
                for (var k = 0; k < f; k++)
                    x[i * width + k] = (x[i * width + k] - means[k]) / scales[k];
            }
        }
        else
        {
            Array.Fill(scales, 1.0);
        }
        if (interactions.Count > 0)
        {
            r = 0;
            foreach (var d in documents)
            {
                for (var i = 0; i < d.Sentences; i++, r++)
                {
                    for (var m = 0; m < interactions.Count; m++)
                        x[r * width + f + m] = x[r * width + interactions[m].Feature] * d.Context[interactions[m].Context];
                }
            }
        }
        var (coefficients, intercept) = options.Loss == TrainingLoss.Listwise
            ? (FitListwise(documents, x, y, w, width, options), 0.0)
            : LogisticRegression.Fit(x, y, w, width, options.L2);
        return new LinearRankerModel
        {
            Features = names,
            Interactions = interactions,
            Scaling = options.Scaling,
            Means = means,
            Scales = scales,
            Coefficients = coefficients,
            Intercept = intercept,
            L2 = options.L2,
            Command = command,
        };
    }

    /// <summary>
    /// Each document's labels raised to <see cref="TrainerOptions.Sharpness"/> become its target distribution; a
    /// document counts by its rows' summed pointwise weight, so the weighting options mean the same for both losses.
    /// </summary>
    private static double[] FitListwise(IReadOnlyList<TrainingDocument> documents, double[] x, double[] y, double[] w, int width, TrainerOptions options)
    {
        var starts = new int[documents.Count + 1];
        var documentWeights = new double[documents.Count];
        var targets = new double[y.Length];
        for (var g = 0; g < documents.Count; g++)
        {
            var (from, to) = (starts[g], starts[g] + documents[g].Sentences);
            starts[g + 1] = to;
            var sum = 0.0;
            for (var i = from; i < to; i++)
            {
                targets[i] = Math.Pow(Math.Max(0, y[i]), options.Sharpness);
                sum += targets[i];
                documentWeights[g] += w[i];
            }
            if (sum <= 0)
            {
                documentWeights[g] = 0;  // nothing to prefer in it
                continue;
            }
            for (var i = from; i < to; i++)
                targets[i] /= sum;
        }
        var mean = documentWeights.Sum() / Math.Max(1, documentWeights.Count(v => v > 0));
        if (!(mean > 0))
            throw new ArgumentException("listwise training needs at least one document with a positive label", nameof(documents));
        for (var g = 0; g < documentWeights.Length; g++)
            documentWeights[g] /= mean;
        return ListwiseSoftmax.Fit(x, starts, targets, documentWeights, width, options.L2);
    }
}
