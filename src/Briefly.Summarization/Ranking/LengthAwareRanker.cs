using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// The <c>default</c> method's ranker: z(hand-tuned <see cref="DefaultRanker"/>) + λ·z(learned), both as
/// z-scores within the document. One-sentence summaries use the model in <c>Resources/learned-ranker.json</c>
/// with λ = 2; longer ones the model in <c>Resources/learned-ranker-multi.json</c> with λ = 8. Both models were
/// made by <c>briefly train</c> and both λ are what an inner cross-validation chose in most folds. The
/// requested length is an input at inference time, not a data-set switch. See docs/summarizer.md.
/// </summary>
public sealed class LengthAwareRanker(
    DefaultRanker? baseline = null,
    LinearRankerModel? oneSentence = null,
    LinearRankerModel? severalSentences = null,
    double oneSentenceLambda = LengthAwareRanker.OneSentenceLambda,
    double severalSentencesLambda = LengthAwareRanker.SeveralSentencesLambda) : ISentenceRanker
{
    /// <summary>The learned score's weight for one-sentence summaries.</summary>
    public const double OneSentenceLambda = 2.0;

    /// <summary>The learned score's weight for longer summaries.</summary>
    public const double SeveralSentencesLambda = 8.0;

    private static readonly Lazy<LinearRankerModel> EmbeddedOne = new(() => LoadEmbedded("learned-ranker.json"));
    private static readonly Lazy<LinearRankerModel> EmbeddedSeveral = new(() => LoadEmbedded("learned-ranker-multi.json"));

    private readonly DefaultRanker _baseline = baseline ?? new DefaultRanker();

    /// <summary>The one-sentence weights shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedModel => EmbeddedOne.Value;

    /// <summary>The weights for longer summaries shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedSeveralModel => EmbeddedSeveral.Value;

    /// <summary>Without a requested length: the default ranker's scores.</summary>
    public void Score(Document document, Span<double> scores) => _baseline.Score(document, scores);

    public void Score(Document document, SummaryLength length, Span<double> scores)
    {
        var n = scores.Length;
        var k = SummarySentences(document, length);
        var lambda = k == 1 ? oneSentenceLambda : severalSentencesLambda;
        if (n < 2 || lambda == 0)
        {
            _baseline.Score(document, scores);
            return;
        }
        // One set of sentence vectors and pair similarities for both the hand-tuned scores and the learned features.
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        var pairs = SentencePairs.Build(vectors, n, document.VocabularySize);
        _baseline.Score(document, vectors, pairs, scores);
        var model = k == 1 ? oneSentence ?? EmbeddedOne.Value : severalSentences ?? EmbeddedSeveral.Value;
        var features = SentenceFeatures.Compute(document, vectors, pairs);
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
        model.Score(rows, n, learnedScores, DocumentContext.Compute(document, k));
        Standardize(scores);
        Standardize(learnedScores);
        for (var i = 0; i < n; i++)
            scores[i] += lambda * learnedScores[i];
    }

    /// <summary>
    /// The summary's length in sentences: as asked, or for a word or ratio budget the number of the document's
    /// average sentences that fit it (at least one).
    /// </summary>
    public static int SummarySentences(Document document, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = document.Sentences.Count;
        var meanWords = n == 0 ? 1.0 : Math.Max(1.0, (double)document.SourceWords / n);
        var k = length.Unit switch
        {
            LengthUnit.Sentences => length.Value,
            LengthUnit.Words => length.Value / meanWords,
            _ => length.Value * n,
        };
        return (int)Math.Clamp(Math.Round(k), 1, 1000);
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
        using var stream = typeof(LengthAwareRanker).Assembly.GetManifestResourceStream("Briefly.Summarization." + name)
            ?? throw new InvalidOperationException($"the learned ranker's weights ({name}) are not embedded in this build");
        using var reader = new StreamReader(stream);
        var model = LinearRankerModel.Parse(reader.ReadToEnd());
        var expected = SentenceFeatures.Names.Append(LinearRankerModel.DefaultScoreName);
        if (!model.Features.SequenceEqual(SentenceFeatures.Names) && !model.Features.SequenceEqual(expected))
            throw new FormatException($"the embedded weights ({name}) name features this build does not compute");
        return model;
    }
}
