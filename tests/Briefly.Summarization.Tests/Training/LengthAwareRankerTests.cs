using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Tests.Training;

public class LengthAwareRankerTests
{
    private const string Story =
        "The council approved a new budget for the city schools on Monday.\n"
        + "Light rain fell over the harbour during the afternoon hours.\n"
        + "Teachers said the school budget would pay for books, repairs and new teachers in the city.\n"
        + "A local bakery changed its opening hours for the winter season.\n"
        + "Parents hope the budget for the schools keeps class sizes small.";

    private static Document Analyze() => DocumentAnalyzer.Analyze(Story, "en", "City schools budget approved");

    [Fact]
    public void Several_sentences_blend_the_multi_sentence_model()
    {
        var doc = Analyze();
        var n = doc.Sentences.Count;
        var raw = new double[n];
        new DefaultRanker().Score(doc, raw);
        var standardized = raw.ToArray();
        LengthAwareRanker.Standardize(standardized);
        var one = new double[n];
        new LengthAwareRanker().Score(doc, SummaryLength.Sentences(1), one);
        foreach (var length in new[] { SummaryLength.Sentences(3), SummaryLength.Sentences(2), SummaryLength.Words(30) })
        {
            var scores = new double[n];
            new LengthAwareRanker().Score(doc, length, scores);
            Assert.All(scores, v => Assert.True(double.IsFinite(v)));
            Assert.NotEqual(standardized, scores);
            Assert.NotEqual(one, scores);
            // λ = 0 leaves the hand-tuned ranker's own scores.
            var alone = new double[n];
            new LengthAwareRanker(severalSentencesLambda: 0).Score(doc, length, alone);
            Assert.Equal(raw, alone);
        }
    }

    [Fact]
    public void Word_and_ratio_budgets_count_as_the_average_sentences_that_fit()
    {
        var doc = Analyze();
        var n = doc.Sentences.Count;
        var meanWords = (double)doc.SourceWords / n;
        Assert.Equal(3, LengthAwareRanker.SummarySentences(doc, SummaryLength.Sentences(3)));
        Assert.Equal(2, LengthAwareRanker.SummarySentences(doc, SummaryLength.Words((int)Math.Round(2 * meanWords))));
        Assert.Equal(1, LengthAwareRanker.SummarySentences(doc, SummaryLength.Words(1)));
        Assert.Equal((int)Math.Round(0.4 * n), LengthAwareRanker.SummarySentences(doc, SummaryLength.Ratio(0.4)));
    }

    [Fact]
    public void One_sentence_adds_the_learned_score_to_the_standardized_default()
    {
        var doc = Analyze();
        var n = doc.Sentences.Count;
        var baseline = new double[n];
        new DefaultRanker().Score(doc, baseline);
        LengthAwareRanker.Standardize(baseline);
        var blended = new double[n];
        new LengthAwareRanker().Score(doc, SummaryLength.Sentences(1), blended);
        var alone = new double[n];
        new LengthAwareRanker(oneSentenceLambda: 0).Score(doc, SummaryLength.Sentences(1), alone);
        Assert.All(blended, v => Assert.True(double.IsFinite(v)));
        Assert.NotEqual(baseline, blended);
        // λ = 0 leaves the default's own (unstandardized) scores.
        var raw = new double[n];
        new DefaultRanker().Score(doc, raw);
        Assert.Equal(raw, alone);
    }

    [Fact]
    public void The_embedded_weights_load_and_match_this_build()
    {
        foreach (var model in new[] { LengthAwareRanker.EmbeddedModel, LengthAwareRanker.EmbeddedSeveralModel })
        {
            Assert.True(model.UsesDefaultScore);
            Assert.NotEmpty(model.Interactions);
            Assert.Equal(model.Features.Count + model.Interactions.Count, model.Coefficients.Length);
            Assert.StartsWith("briefly train --data", model.Command, StringComparison.Ordinal);
        }
        Assert.NotEqual(LengthAwareRanker.EmbeddedModel.Coefficients, LengthAwareRanker.EmbeddedSeveralModel.Coefficients);
    }

    [Fact]
    public void Standardize_gives_z_scores_and_zeros_for_constants()
    {
        double[] values = [1, 2, 3];
        LengthAwareRanker.Standardize(values);
        Assert.Equal(0, values.Sum(), 12);
        Assert.Equal(1, values.Sum(v => v * v) / values.Length, 12);
        double[] flat = [4, 4];
        LengthAwareRanker.Standardize(flat);
        Assert.Equal([0.0, 0.0], flat);
    }

    [Fact]
    public void The_default_method_summarizes_one_sentence()
    {
        var summary = Briefly.Summarization.Summarizers.Default.Summarize(Analyze(), SummaryLength.Sentences(1));
        Assert.Single(summary.Sentences);
    }
}
