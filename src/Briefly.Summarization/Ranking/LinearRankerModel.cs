using System.Globalization;
using System.Text.Json;
using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>How features are put on one scale before the weights apply.</summary>
public enum FeatureScaling
{
    /// <summary>(x − mean) / scale with the training set's means and scales.</summary>
    Global,

    /// <summary>z-scores within each document: only how a sentence compares with its neighbours counts.</summary>
    Document,
}

/// <summary>
/// A linear sentence scorer over <see cref="SentenceFeatures"/>: the weights <c>briefly train</c> writes, as JSON
/// (feature names, scaling, means, scales, coefficients and the command that produced them).
/// </summary>
public sealed class LinearRankerModel
{
    public const string Format = "briefly-linear-ranker/1";

    public required IReadOnlyList<string> Features { get; init; }
    public required FeatureScaling Scaling { get; init; }
    public required double[] Means { get; init; }
    public required double[] Scales { get; init; }
    public required double[] Coefficients { get; init; }
    public double Intercept { get; init; }
    public double L2 { get; init; }
    public string? Command { get; init; }

    /// <summary>
    /// Sentence-feature × <see cref="DocumentContext"/> products, each with its coefficient after the plain ones
    /// (<c>Coefficients[Features.Count + m]</c>); the product uses the scaled feature. Empty for a plain model.
    /// </summary>
    public IReadOnlyList<(int Feature, int Context)> Interactions { get; init; } = [];

    /// <summary>True when a feature column is the hand-tuned default ranker's score (see <see cref="DefaultScoreName"/>).</summary>
    public bool UsesDefaultScore => Features.Contains(DefaultScoreName);

    /// <summary>Name of the optional extra column holding <see cref="DefaultRanker"/>'s score.</summary>
    public const string DefaultScoreName = "default_score";

    /// <summary>
    /// Scores the <paramref name="n"/> rows of <paramref name="features"/> (row-major, <c>Features.Count</c> wide);
    /// <paramref name="context"/> holds the <see cref="DocumentContext"/> values when the model has interactions.
    /// </summary>
    public void Score(ReadOnlySpan<double> features, int n, Span<double> scores, ReadOnlySpan<double> context = default)
    {
        var f = Features.Count;
        if (Interactions.Count > 0 && context.Length < DocumentContext.Names.Count)
            throw new ArgumentException("the model has context interactions: pass the document context", nameof(context));
        Span<double> mean = stackalloc double[f];
        Span<double> scale = stackalloc double[f];
        if (Scaling == FeatureScaling.Global)
        {
            Means.CopyTo(mean);
            Scales.CopyTo(scale);
        }
        else
        {
            DocumentMoments(features, n, f, mean, scale);
        }
        // The context is constant within a document, so each interaction folds into its feature's weight, and
        // the z-score folds into the weight too: s = intercept + Σ w_k·(x_k − mean_k)/scale_k.
        Span<double> weight = stackalloc double[f];
        Coefficients.AsSpan(0, f).CopyTo(weight);
        for (var m = 0; m < Interactions.Count; m++)
        {
            var (feature, c) = Interactions[m];
            weight[feature] += Coefficients[f + m] * context[c];
        }
        var offset = Intercept;
        for (var k = 0; k < f; k++)
        {
            weight[k] /= scale[k];
            offset -= weight[k] * mean[k];
        }
        for (var i = 0; i < n; i++)
        {
            var row = features.Slice(i * f, f);
            var s = offset;
            for (var k = 0; k < f; k++)
                s += weight[k] * row[k];
            scores[i] = s;
        }
    }

    /// <summary>Per-column mean and standard deviation of one document's rows (scale 1 when a column is constant).</summary>
    public static void DocumentMoments(ReadOnlySpan<double> features, int n, int f, Span<double> mean, Span<double> scale)
    {
        mean.Clear();
        scale.Clear();
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < f; k++)
                mean[k] += features[i * f + k];
        }
        for (var k = 0; k < f; k++)
            mean[k] /= Math.Max(1, n);
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < f; k++)
            {
                var d = features[i * f + k] - mean[k];
                scale[k] += d * d;
            }
        }
        for (var k = 0; k < f; k++)
        {
            var sd = Math.Sqrt(scale[k] / Math.Max(1, n));
            scale[k] = sd > 1e-9 ? sd : 1;
        }
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            if (Command is not null)
                json.WriteString("command", Command);
            json.WriteString("scaling", Scaling == FeatureScaling.Global ? "global" : "document");
            json.WriteNumber("l2", L2);
            json.WriteNumber("intercept", Intercept);
            json.WriteStartArray("features");
            for (var k = 0; k < Features.Count; k++)
            {
                json.WriteStartObject();
                json.WriteString("name", Features[k]);
                json.WriteNumber("mean", Means[k]);
                json.WriteNumber("scale", Scales[k]);
                json.WriteNumber("coefficient", Coefficients[k]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (Interactions.Count > 0)
            {
                json.WriteStartArray("interactions");
                for (var m = 0; m < Interactions.Count; m++)
                {
                    json.WriteStartObject();
                    json.WriteString("feature", Features[Interactions[m].Feature]);
                    json.WriteString("context", DocumentContext.Names[Interactions[m].Context]);
                    json.WriteNumber("coefficient", Coefficients[Features.Count + m]);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads weights written by <see cref="ToJson"/>; throws <see cref="FormatException"/> when they do not fit.</summary>
    public static LinearRankerModel Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.GetProperty("format").GetString() != Format)
                throw new FormatException($"weights are not in the {Format} format");
            var scaling = root.GetProperty("scaling").GetString() switch
            {
                "global" => FeatureScaling.Global,
                "document" => FeatureScaling.Document,
                var other => throw new FormatException($"unknown scaling '{other}'"),
            };
            var features = root.GetProperty("features");
            var names = new List<string>();
            var means = new List<double>();
            var scales = new List<double>();
            var coefficients = new List<double>();
            foreach (var e in features.EnumerateArray())
            {
                names.Add(e.GetProperty("name").GetString() ?? throw new FormatException("a feature has no name"));
                means.Add(e.GetProperty("mean").GetDouble());
                var scale = e.GetProperty("scale").GetDouble();
                scales.Add(scale > 0 ? scale : throw new FormatException($"feature '{names[^1]}' has scale {scale.ToString(CultureInfo.InvariantCulture)}"));
                coefficients.Add(e.GetProperty("coefficient").GetDouble());
            }
            var interactions = new List<(int, int)>();
            if (root.TryGetProperty("interactions", out var products))
            {
                foreach (var e in products.EnumerateArray())
                {
                    var feature = e.GetProperty("feature").GetString();
                    var context = e.GetProperty("context").GetString();
                    var fi = names.IndexOf(feature ?? "");
                    var ci = DocumentContext.Names.ToList().IndexOf(context ?? "");
                    if (fi < 0 || ci < 0)
                        throw new FormatException($"unknown interaction '{feature}' × '{context}'");
                    interactions.Add((fi, ci));
                    coefficients.Add(e.GetProperty("coefficient").GetDouble());
                }
            }
            return new LinearRankerModel
            {
                Features = names,
                Interactions = interactions,
                Scaling = scaling,
                Means = [.. means],
                Scales = [.. scales],
                Coefficients = [.. coefficients],
                Intercept = root.TryGetProperty("intercept", out var b) ? b.GetDouble() : 0,
                L2 = root.TryGetProperty("l2", out var l2) ? l2.GetDouble() : 0,
                Command = root.TryGetProperty("command", out var c) ? c.GetString() : null,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"not a weights file: {e.Message}", e);
        }
    }
}

/// <summary>Scores sentences with a <see cref="LinearRankerModel"/> over <see cref="SentenceFeatures"/>.</summary>
public sealed class LearnedRanker : ISentenceRanker
{
    private readonly LinearRankerModel _model;

    public LearnedRanker(LinearRankerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Interactions.Count > 0 || model.UsesDefaultScore)
            throw new FormatException("the weights use context interactions or the default score, which this ranker does not compute");
        if (!model.Features.SequenceEqual(SentenceFeatures.Names))
            throw new FormatException($"the weights name features [{string.Join(", ", model.Features)}], this build computes [{string.Join(", ", SentenceFeatures.Names)}]");
        _model = model;
    }

    public LinearRankerModel Model => _model;

    public void Score(Document document, Span<double> scores)
    {
        var n = scores.Length;
        if (n == 0)
            return;
        var features = SentenceFeatures.Compute(document);
        _model.Score(features, n, scores);
    }
}
