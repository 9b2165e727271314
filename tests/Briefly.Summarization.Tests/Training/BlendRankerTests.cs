using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Tests.Training;

public class BlendRankerTests
{
    private const string Story =
        "The council approved a new budget for the city schools on Monday.\n"
        + "Light rain fell over the harbour during the afternoon hours.\n"
        + "Teachers said the school budget would pay for books, repairs and new teachers in the city.\n"
        + "A local bakery changed its opening hours for the winter season.\n"
        + "Parents hope the budget for the schools keeps class sizes small.";

    private static Document Analyze() => DocumentAnalyzer.Analyze(Story, "en", "City schools budget approved");

    private static double[] Scores(BlendRanker ranker, Document doc)
    {
        var scores = new double[doc.Sentences.Count];
        ranker.Score(doc, scores);
        return scores;
    }

    [Fact]
    public void Without_learned_model_textrank_position_or_leader_it_is_the_standardized_hand_tuned_ranker()
    {
        var doc = Analyze();
        var expected = new double[doc.Sentences.Count];
        new DefaultRanker().Score(doc, expected);
        BlendRanker.Standardize(expected);
        Assert.Equal(expected, Scores(new BlendRanker(lambda: 0, mu: 0, pi: 0, leader: false), doc), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void The_textrank_term_adds_textranks_standardized_scores()
    {
        var doc = Analyze();
        var n = doc.Sentences.Count;
        var expected = new double[n];
        new DefaultRanker().Score(doc, expected);
        BlendRanker.Standardize(expected);
        var textRank = new double[n];
        new TextRankRanker().Score(doc, textRank);
        BlendRanker.Standardize(textRank);
        for (var i = 0; i < n; i++)
            expected[i] += 2 * textRank[i];
        Assert.Equal(expected, Scores(new BlendRanker(lambda: 0, mu: 2, pi: 0, leader: false), doc), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Contains(textRank, v => Math.Abs(v) > 0.1);  // the term is not a constant that z-scores erase
    }

    [Fact]
    public void The_best_quality_sentence_leads_and_position_orders_the_rest()
    {
        var doc = Analyze();
        var quality = Scores(new BlendRanker(pi: 0, leader: false), doc);
        var best = Array.IndexOf(quality, quality.Max());
        var scores = Scores(new BlendRanker(pi: 1e6), doc);
        Assert.Equal(best, Array.IndexOf(scores, scores.Max()));
        // With a overwhelming position weight every other sentence follows article order.
        var rest = Enumerable.Range(0, doc.Sentences.Count).Where(i => i != best).ToList();
        Assert.Equal(rest, rest.OrderByDescending(i => scores[i]).ToList());
    }

    [Fact]
    public void Without_back_references_a_longer_summary_extends_a_shorter_one()
    {
        var doc = Analyze();
        var previous = new List<int>();
        for (var k = 1; k <= doc.Sentences.Count; k++)
        {
            var picked = Briefly.Summarization.Summarizers.Default.Summarize(doc, SummaryLength.Sentences(k)).Sentences.Select(s => s.Index).ToList();
            Assert.Equal(k, picked.Count);
            Assert.All(previous, i => Assert.Contains(i, picked));
            previous = picked;
        }
    }

    [Fact]
    public void The_embedded_weights_load_and_match_this_build()
    {
        var model = BlendRanker.EmbeddedModel;
        Assert.True(model.UsesDefaultScore);
        Assert.NotEmpty(model.Interactions);
        Assert.Equal(model.Features.Count + model.Interactions.Count, model.Coefficients.Length);
        Assert.StartsWith("briefly train --data", model.Command, StringComparison.Ordinal);
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
        var scores = Scores(new BlendRanker(model: titleOnly, lambda: 1e6, mu: 0, pi: 0, leader: false), doc);
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
        var e = Assert.Throws<FormatException>(() => new BlendRanker(model: model));
        Assert.Contains("reading_level", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standardize_gives_z_scores_and_zeros_for_constants()
    {
        double[] values = [1, 2, 3];
        BlendRanker.Standardize(values);
        Assert.Equal(0, values.Sum(), 12);
        Assert.Equal(1, values.Sum(v => v * v) / values.Length, 12);
        double[] flat = [4, 4];
        BlendRanker.Standardize(flat);
        Assert.Equal([0.0, 0.0], flat);
    }

    [Fact]
    public void The_default_method_summarizes_one_sentence()
    {
        var summary = Briefly.Summarization.Summarizers.Default.Summarize(Analyze(), SummaryLength.Sentences(1));
        Assert.Single(summary.Sentences);
    }
}
