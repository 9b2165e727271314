using Briefly.Summarization.Analysis;
using Briefly.Summarization.Ranking;
using Briefly.Summarization.Training;

namespace Briefly.Summarization.Tests.Training;

public class TrainingTests
{
    private const string Council =
        "The council approved a new budget for the city schools on Monday.\n"
        + "Light rain fell over the harbour during the afternoon hours.\n"
        + "Teachers welcomed the extra money for books and classroom repairs.\n"
        + "A local bakery changed its opening hours for the winter season.";

    private static Document Analyze(string text, string? title = null) => DocumentAnalyzer.Analyze(text, "en", title);

    [Fact]
    public void Oracle_picks_the_sentence_the_reference_repeats_and_stops_when_more_would_hurt()
    {
        var doc = Analyze(Council);
        var picked = GreedyOracle.Select(doc, "The council approved a new budget for the city schools.", 3);
        Assert.Equal([0], picked);
    }

    [Fact]
    public void Oracle_adds_a_second_sentence_when_the_reference_covers_two()
    {
        var doc = Analyze(Council);
        var picked = GreedyOracle.Select(doc, "The council approved a budget for schools.\nTeachers welcomed the money for books and repairs.", 3);
        Assert.Equal([0, 2], picked.Order());
    }

    [Fact]
    public void Oracle_respects_the_sentence_limit()
    {
        var doc = Analyze(Council);
        var picked = GreedyOracle.Select(doc, Council, 2);
        Assert.Equal(2, picked.Count);
    }

    [Fact]
    public void Soft_labels_give_the_best_sentence_one()
    {
        var doc = Analyze(Council);
        var labels = GreedyOracle.SoftLabels(doc, "Teachers welcomed money for classroom repairs.");
        Assert.Equal(1.0, labels[2]);
        Assert.All(labels, l => Assert.InRange(l, 0, 1));
        Assert.True(labels[3] < labels[2]);
    }

    [Fact]
    public void Logistic_regression_separates_a_separable_toy_set()
    {
        double[] x = [-3, -2, -1, 1, 2, 3];
        double[] y = [0, 0, 0, 1, 1, 1];
        var (coefficients, intercept) = LogisticRegression.Fit(x, y, default, 1, l2: 0.01);
        Assert.True(coefficients[0] > 0);
        for (var i = 0; i < y.Length; i++)
        {
            var p = LogisticRegression.Sigmoid(coefficients[0] * x[i] + intercept);
            Assert.Equal(y[i] == 1, p > 0.5);
        }
    }

    [Fact]
    public void Logistic_regression_reaches_the_minimum_of_the_penalized_loss()
    {
        // Two features, overlapping classes: the gradient at the fitted point must vanish.
        double[] x = [0.5, 1, -1, 0.2, 1.5, -0.3, -0.7, -1.2, 0.1, 0.9, 2, 0.4];
        double[] y = [1, 0, 1, 0, 0, 1];
        var (c, b) = LogisticRegression.Fit(x, y, default, 2, l2: 0.5);
        double[] beta = [c[0], c[1], b];
        var at = LogisticRegression.Loss(x, y, default, 2, beta, 0.5);
        foreach (var k in new[] { 0, 1, 2 })
        {
            foreach (var delta in new[] { -1e-3, 1e-3 })
            {
                var moved = (double[])beta.Clone();
                moved[k] += delta;
                Assert.True(LogisticRegression.Loss(x, y, default, 2, moved, 0.5) >= at);
            }
        }
    }

    [Fact]
    public void Listwise_fit_ranks_each_documents_target_sentence_first()
    {
        // Two documents; in each, the sentence with the larger first feature is the target, whatever the second says.
        double[] x = [2, 0, 1, 5, -1, 1, /* second document */ 0, -2, 3, 3, 1, 0];
        int[] starts = [0, 3, 6];
        double[] targets = [1, 0, 0, 0, 1, 0];
        var beta = ListwiseSoftmax.Fit(x, starts, targets, [1, 1], 2, l2: 0.01);
        Assert.True(beta[0] > 0);
        Assert.True(2 * beta[0] > 1 * beta[0] + 5 * beta[1]);
        Assert.True(3 * beta[0] + 3 * beta[1] > Math.Max(-2 * beta[1], 1 * beta[0]));
    }

    [Fact]
    public void Listwise_fit_reaches_the_minimum_of_the_penalized_loss()
    {
        // Soft targets that no coefficients can match exactly: the fitted point must be the minimum.
        double[] x = [0.5, 1, -1, 0.2, 1.5, -0.3, /* second */ -0.7, -1.2, 0.1, 0.9, 2, 0.4, 0, 1];
        int[] starts = [0, 3, 7];
        double[] targets = [0.2, 0.5, 0.3, 0.1, 0.6, 0.1, 0.2];
        double[] weights = [1, 2];
        var beta = ListwiseSoftmax.Fit(x, starts, targets, weights, 2, l2: 0.5);
        var at = ListwiseSoftmax.Loss(x, starts, targets, weights, 2, beta, 0.5);
        foreach (var k in new[] { 0, 1 })
        {
            foreach (var delta in new[] { -1e-3, 1e-3 })
            {
                var moved = (double[])beta.Clone();
                moved[k] += delta;
                Assert.True(ListwiseSoftmax.Loss(x, starts, targets, weights, 2, moved, 0.5) > at);
            }
        }
    }

    [Fact]
    public void Listwise_training_ranks_the_sentence_the_reference_repeats_first()
    {
        var documents = Enumerable.Range(0, 6).Select(i => TrainingDocument.Create(
            Analyze(Council), "Teachers welcomed extra money for books and classroom repairs.", 1, set: 0, fold: i % 2, soft: true)).ToList();
        var model = RankerTrainer.Fit(documents, new TrainerOptions { Loss = TrainingLoss.Listwise, Sharpness = 4 });
        var scores = new double[documents[0].Sentences];
        model.Score(documents[0].Features, documents[0].Sentences, scores);
        Assert.Equal(2, Array.IndexOf(scores, scores.Max()));
        Assert.Equal(0, model.Intercept);
    }

    [Fact]
    public void Features_have_one_row_per_sentence_and_mark_the_first()
    {
        var doc = Analyze(Council);
        var features = SentenceFeatures.Compute(doc);
        var f = SentenceFeatures.Count;
        Assert.Equal(doc.Sentences.Count * f, features.Length);
        var first = SentenceFeatures.Names.ToList().IndexOf("first_sentence");
        Assert.Equal(1, features[first]);
        Assert.Equal(0, features[f + first]);
        Assert.All(features, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Weights_survive_a_json_round_trip_and_score_the_same()
    {
        var model = Train(FeatureScaling.Global);
        var again = LinearRankerModel.Parse(model.ToJson());
        Assert.Equal(model.Features, again.Features);
        Assert.Equal(model.Scaling, again.Scaling);
        Assert.Equal(model.Coefficients, again.Coefficients);
        Assert.Equal("briefly train --test", again.Command);
        var doc = Analyze(Council, "Council budget for schools");
        var a = new double[doc.Sentences.Count];
        var b = new double[doc.Sentences.Count];
        new LearnedRanker(model).Score(doc, a);
        new LearnedRanker(again).Score(doc, b);
        for (var i = 0; i < a.Length; i++)
            Assert.Equal(a[i], b[i]);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        foreach (var scaling in new[] { FeatureScaling.Global, FeatureScaling.Document })
            Assert.Equal(Train(scaling).ToJson(), Train(scaling).ToJson());
    }

    [Fact]
    public void Weights_for_other_features_are_refused()
    {
        var json = Train(FeatureScaling.Document).ToJson().Replace("\"position_prior\"", "\"something_else\"", StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => new LearnedRanker(LinearRankerModel.Parse(json)));
        Assert.Throws<FormatException>(() => LinearRankerModel.Parse("{\"format\": \"other\"}"));
        Assert.Throws<FormatException>(() => LinearRankerModel.Parse("not json"));
    }

    [Fact]
    public void Context_describes_the_documents_shape_and_a_known_title()
    {
        var doc = Analyze(Council, "Council budget");
        var names = DocumentContext.Names.ToList();
        var titled = DocumentContext.Compute(doc);
        var untitled = DocumentContext.Compute(Analyze(Council));
        Assert.Equal(names.Count, titled.Length);
        Assert.Equal(1, titled[names.IndexOf("has_title")]);
        Assert.Equal(0, untitled[names.IndexOf("has_title")]);
        // Four one-line paragraphs: one sentence per paragraph, half the typical two.
        Assert.Equal(Math.Log(0.5), titled[names.IndexOf("log_sentences_per_paragraph")], 12);
        Assert.Equal(Math.Log(5) - Math.Log(31), titled[names.IndexOf("log_sentences")], 12);
        Assert.All(titled, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Default_score_rows_append_the_default_rankers_score()
    {
        var doc = TrainingDocument.Create(Analyze(Council), "The council approved a budget.", 1, set: 0, fold: 0);
        var f = SentenceFeatures.Count;
        Assert.Same(doc.Features, doc.Rows(defaultScore: false));
        var rows = doc.Rows(defaultScore: true);
        Assert.Equal(doc.Sentences * (f + 1), rows.Length);
        for (var i = 0; i < doc.Sentences; i++)
        {
            Assert.Equal(doc.DefaultScores[i], rows[i * (f + 1) + f]);
            Assert.Equal(doc.Features[i * f], rows[i * (f + 1)]);
        }
    }

    [Fact]
    public void Interaction_models_round_trip_and_need_the_context()
    {
        var contexts = new[] { 0, 1, 2, 3 };
        var model = Train(FeatureScaling.Document, new TrainerOptions { Contexts = contexts, DefaultScore = true });
        Assert.Equal(SentenceFeatures.Count + 1, model.Features.Count);
        Assert.True(model.UsesDefaultScore);
        Assert.Equal(DocumentContext.InteractedFeatures.Count * contexts.Length, model.Interactions.Count);
        Assert.Equal(model.Features.Count + model.Interactions.Count, model.Coefficients.Length);
        var again = LinearRankerModel.Parse(model.ToJson());
        Assert.Equal(model.Interactions, again.Interactions);
        Assert.Equal(model.Coefficients, again.Coefficients);

        var doc = TrainingDocument.Create(Analyze(Council, "Council budget"), "The council approved a budget.", 1, set: 0, fold: 0);
        var a = new double[doc.Sentences];
        var b = new double[doc.Sentences];
        model.Score(doc.Rows(true), doc.Sentences, a, doc.Context);
        again.Score(doc.Rows(true), doc.Sentences, b, doc.Context);
        Assert.Equal(a, b);
        Assert.Throws<ArgumentException>(() => model.Score(doc.Rows(true), doc.Sentences, a));
        // The plain ranker computes neither the context nor the default's score.
        Assert.Throws<FormatException>(() => new LearnedRanker(model));
    }

    [Fact]
    public void Interactions_change_scores_only_through_the_context()
    {
        var model = Train(FeatureScaling.Document, new TrainerOptions { Contexts = DocumentContext.Shape });
        var doc = TrainingDocument.Create(Analyze(Council), "The council approved a budget.", 1, set: 0, fold: 0);
        var plain = new double[DocumentContext.Names.Count];
        var multi = new double[doc.Sentences];
        var zero = new double[doc.Sentences];
        model.Score(doc.Features, doc.Sentences, multi, doc.Context);
        model.Score(doc.Features, doc.Sentences, zero, plain);
        Assert.NotEqual(multi, zero);
    }

    private static LinearRankerModel Train(FeatureScaling scaling, TrainerOptions? options = null)
    {
        (string Text, string Reference)[] examples =
        [
            (Council, "The council approved a budget for schools."),
            ("Storms closed the mountain road for two days.\nDrivers waited in the nearby village.\nCrews cleared fallen trees from the road by Friday.", "Storms closed the mountain road until crews cleared it."),
            ("The museum opened a new wing for modern art.\nVisitors queued outside since early morning.\nThe wing holds paintings from local artists.", "A new museum wing shows modern art by local artists."),
        ];
        var docs = examples.Select((e, i) => TrainingDocument.Create(Analyze(e.Text), e.Reference, 1, set: i % 2, fold: i, soft: i == 2)).ToList();
        return RankerTrainer.Fit(docs, (options ?? new TrainerOptions()) with { Scaling = scaling }, "briefly train --test");
    }
}
