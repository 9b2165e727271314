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
    public void Several_sentences_keep_the_hand_tuned_scores()
    {
        var doc = Analyze();
        var expected = new double[doc.Sentences.Count];
        new DefaultRanker().Score(doc, expected);
        foreach (var length in new[] { SummaryLength.Sentences(3), SummaryLength.Sentences(2), SummaryLength.Words(30) })
        {
            var scores = new double[doc.Sentences.Count];
            new LengthAwareRanker().Score(doc, length, scores);
            Assert.Equal(expected, scores);
        }
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
        new LengthAwareRanker(lambda: 0).Score(doc, SummaryLength.Sentences(1), alone);
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
        var model = LengthAwareRanker.EmbeddedModel;
        Assert.True(model.UsesDefaultScore);
        Assert.NotEmpty(model.Interactions);
        Assert.Equal(model.Features.Count + model.Interactions.Count, model.Coefficients.Length);
        Assert.StartsWith("briefly train --data", model.Command, StringComparison.Ordinal);
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
