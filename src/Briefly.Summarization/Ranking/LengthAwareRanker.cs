using Briefly.Summarization.Analysis;

namespace Briefly.Summarization.Ranking;

/// <summary>
/// The <c>default</c> method's ranker: z(hand-tuned <see cref="DefaultRanker"/>) + λ·z(learned) + μ·z(TextRank),
/// all as z-scores within the document. One-sentence summaries use the model in <c>Resources/learned-ranker.json</c>,
/// longer ones the model in <c>Resources/learned-ranker-multi.json</c>; both were made by <c>briefly train</c>,
/// and λ and μ for each length are what <c>briefly train --hybrid</c>'s cross-validation chose over all its
/// documents. The requested length is an input at inference time, not a data-set switch. See docs/summarizer.md.
/// </summary>
public sealed class LengthAwareRanker(
    DefaultRanker? baseline = null,
    LinearRankerModel? oneSentence = null,
    LinearRankerModel? severalSentences = null,
    double oneSentenceLambda = LengthAwareRanker.OneSentenceLambda,
    double severalSentencesLambda = LengthAwareRanker.SeveralSentencesLambda,
    double oneSentenceTextRank = LengthAwareRanker.OneSentenceTextRank,
    double severalSentencesTextRank = LengthAwareRanker.SeveralSentencesTextRank) : ISentenceRanker
{
    /// <summary>The learned score's weight for one-sentence summaries.</summary>
    public const double OneSentenceLambda = 4.0;

    /// <summary>The learned score's weight for longer summaries.</summary>
    public const double SeveralSentencesLambda = 8.0;

    /// <summary>TextRank's weight for one-sentence summaries.</summary>
    public const double OneSentenceTextRank = 4.0;

    /// <summary>TextRank's weight for longer summaries.</summary>
    public const double SeveralSentencesTextRank = 1.0;

    private static readonly int TextRankColumn = SentenceFeatures.Names.ToList().IndexOf("textrank");

    private static readonly Lazy<Prepared> EmbeddedOne = new(() => Prepare(LoadEmbedded("learned-ranker.json")));
    private static readonly Lazy<Prepared> EmbeddedSeveral = new(() => Prepare(LoadEmbedded("learned-ranker-multi.json")));

    private readonly DefaultRanker _baseline = baseline ?? new DefaultRanker();
    private readonly Prepared? _oneSentence = oneSentence is null ? null : Prepare(oneSentence);
    private readonly Prepared? _severalSentences = severalSentences is null ? null : Prepare(severalSentences);

    /// <summary>The one-sentence weights shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedModel => EmbeddedOne.Value.Model;

    /// <summary>The weights for longer summaries shipped in this assembly.</summary>
    public static LinearRankerModel EmbeddedSeveralModel => EmbeddedSeveral.Value.Model;

    /// <summary>Without a requested length: the default ranker's scores.</summary>
    public void Score(Document document, Span<double> scores) => _baseline.Score(document, scores);

    public void Score(Document document, SummaryLength length, Span<double> scores)
    {
        var n = scores.Length;
        var k = SummarySentences(document, length);
        var lambda = k == 1 ? oneSentenceLambda : severalSentencesLambda;
        var mu = k == 1 ? oneSentenceTextRank : severalSentencesTextRank;
        if (n < 2 || (lambda == 0 && mu == 0))
        {
            _baseline.Score(document, scores);
            return;
        }
        // One set of sentence vectors and pair similarities for both the hand-tuned scores and the learned features.
        var vectors = SentenceVectors.Build(document, SentenceVectors.InverseSentenceFrequency(document));
        var pairs = SentencePairs.Build(vectors, n, document.VocabularySize);
        _baseline.Score(document, vectors, pairs, scores);
        var (model, columns) = k == 1 ? _oneSentence ?? EmbeddedOne.Value : _severalSentences ?? EmbeddedSeveral.Value;
        var features = SentenceFeatures.Compute(document, vectors, pairs);
        var f = SentenceFeatures.Count;
        var m = columns.Length;
        var rows = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < m; c++)
                rows[i * m + c] = columns[c] < 0 ? scores[i] : features[i * f + columns[c]];
        }
        var learnedScores = new double[n];
        model.Score(rows, n, learnedScores, DocumentContext.Compute(document, k));
        // TextRank is already one of the features; as its own term of the blend it carries the weight that
        // cross-validation on ROUGE gave it, which the model's per-sentence labels do not.
        var textRank = new double[n];
        for (var i = 0; i < n; i++)
            textRank[i] = features[i * f + TextRankColumn];
        Standardize(scores);
        Standardize(learnedScores);
        Standardize(textRank);
        for (var i = 0; i < n; i++)
            scores[i] += lambda * learnedScores[i] + mu * textRank[i];
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

    private sealed record Prepared(LinearRankerModel Model, int[] Columns);
}
