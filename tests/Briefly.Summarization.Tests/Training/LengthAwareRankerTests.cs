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
            // λ = μ = 0 leaves the hand-tuned ranker's own scores.
            var alone = new double[n];
            new LengthAwareRanker(severalSentencesLambda: 0, severalSentencesTextRank: 0).Score(doc, length, alone);
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
        new LengthAwareRanker(oneSentenceLambda: 0, oneSentenceTextRank: 0).Score(doc, SummaryLength.Sentences(1), alone);
        Assert.All(blended, v => Assert.True(double.IsFinite(v)));
        Assert.NotEqual(baseline, blended);
        // λ = μ = 0 leaves the default's own (unstandardized) scores.
        var raw = new double[n];
        new DefaultRanker().Score(doc, raw);
        Assert.Equal(raw, alone);
    }

    [Fact]
    public void The_textrank_term_adds_textranks_standardized_scores()
    {
        var doc = Analyze();
        var n = doc.Sentences.Count;
        var expected = new double[n];
        new DefaultRanker().Score(doc, expected);
        LengthAwareRanker.Standardize(expected);
        var textRank = new double[n];
        new TextRankRanker().Score(doc, textRank);
        LengthAwareRanker.Standardize(textRank);
        for (var i = 0; i < n; i++)
            expected[i] += 2 * textRank[i];
        var blended = new double[n];
        new LengthAwareRanker(severalSentencesLambda: 0, severalSentencesTextRank: 2).Score(doc, SummaryLength.Sentences(3), blended);
        Assert.Equal(expected, blended, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Contains(textRank, v => Math.Abs(v) > 0.1);  // the term is not a constant that z-scores erase
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
    public void A_model_naming_some_of_the_features_scores_with_those_columns()
    {
        var doc = Analyze();
        var titleOnly = new LinearRankerModel
        {
            Features = ["title_overlap"],
            Scaling = FeatureScaling.Document,
            Means = [0],
            Scales = [1],
            Coefficients = [1],
        };
        var scores = new double[doc.Sentences.Count];
        new LengthAwareRanker(oneSentence: titleOnly, oneSentenceLambda: 1e6).Score(doc, SummaryLength.Sentences(1), scores);
        // "City schools budget approved": sentences rank by how much of the headline they share (4, 0, 3, 0, 2
        // of its 4 stems), not by position, which would put the weather ahead of the parents.
        Assert.True(scores[0] > scores[2] && scores[2] > scores[4] && scores[4] > scores[1] && scores[4] > scores[3], string.Join(", ", scores));
    }

    [Fact]
    public void A_model_naming_a_feature_this_build_lacks_is_refused()
    {
        var model = new LinearRankerModel
        {
            Features = ["position_prior", "reading_level"],
            Scaling = FeatureScaling.Document,
            Means = [0, 0],
            Scales = [1, 1],
            Coefficients = [1, 1],
        };
        var e = Assert.Throws<FormatException>(() => new LengthAwareRanker(severalSentences: model));
        Assert.Contains("reading_level", e.Message, StringComparison.Ordinal);
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
