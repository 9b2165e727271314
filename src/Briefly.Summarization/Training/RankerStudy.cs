using Briefly.Summarization.Analysis;
using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Ranking;
using Briefly.Summarization.Selection;

namespace Briefly.Summarization.Training;

/// <summary>
/// What `briefly train` measures, on documents analysed once: the built-in methods and the greedy oracle on each
/// set, the learned ranker under k-fold cross-validation by document (folds assigned round-robin within each set),
/// the model with each feature group left out, the default method's blends over the whole length grid
/// (<see cref="BlendStudy"/>), and the model fitted on everything. The command parses options and prints tables.
/// </summary>
public sealed class RankerStudy
{
    /// <summary>Feature groups for the ablation: each row leaves one group out.</summary>
    public static IReadOnlyList<(string Name, string[] Features)> FeatureGroups { get; } =
    [
        ("position", ["position_prior", "first_sentence", "relative_position", "position_x_log_sentences"]),
        ("paragraph start", ["paragraph_start"]),
        ("directed centrality", ["forward_centrality", "backward_centrality"]),
        ("undirected centrality", ["degree_centrality", "centroid_similarity", "length_x_centrality"]),
        ("PageRank (TextRank, LexRank)", ["textrank", "lexrank"]),
        ("headline overlap", ["title_overlap"]),
        ("length", ["log_words", "relative_length", "short_sentence", "long_sentence", "length_x_centrality", "log_words_squared"]),
        ("question/quote", ["question", "quote"]),
        ("word frequency (SumBasic)", ["word_probability", "frequency_coverage"]),
        ("names and numbers", ["capitalized_share", "number_share"]),
    ];

    /// <summary>The built-in methods every study reports, the baselines first and default last.</summary>
    public static IReadOnlyList<string> Methods { get; } = [.. Summarizers.BuiltIn.OrderBy(s => s == Summarizers.Default).Select(s => s.Name)];

    private readonly List<TrainingDocument> _documents;
    private readonly Dictionary<(int Set, string Method), RougeAccumulator> _baselines;
    private readonly RougeAccumulator[] _oracle;

    private RankerStudy(IReadOnlyList<TrainingSet> sets, int folds, List<TrainingDocument> documents,
        Dictionary<(int, string), RougeAccumulator> baselines, RougeAccumulator[] oracle)
    {
        (Sets, Folds, _documents, _baselines, _oracle) = (sets, folds, documents, baselines, oracle);
    }

    public IReadOnlyList<TrainingSet> Sets { get; }

    public int Folds { get; }

    public int DocumentCount => _documents.Count;

    /// <summary>Analyses every example once, labels it (greedy-oracle sentences, or soft labels) and scores the built-in methods and the oracle on it.</summary>
    /// <param name="sets">The sets, each with the length its labels are made at.</param>
    /// <param name="folds">Cross-validation folds (by document), at least 2.</param>
    /// <param name="softLabels">Each sentence's own ROUGE against the reference instead of the oracle's 0/1.</param>
    /// <param name="starting">Told of each set as its analysis starts (a progress line).</param>
    public static RankerStudy Prepare(IReadOnlyList<TrainingSet> sets, int folds, bool softLabels, Action<TrainingSet>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var documents = new List<TrainingDocument>();
        var baselines = new Dictionary<(int, string), RougeAccumulator>();
        var oracle = sets.Select(_ => new RougeAccumulator()).ToArray();
        for (var s = 0; s < sets.Count; s++)
        {
            var set = sets[s];
            starting?.Invoke(set);
            var length = SummaryLength.Sentences(set.Sentences);
            for (var r = 0; r < set.Examples.Count; r++)
            {
                var example = set.Examples[r];
                var document = DocumentAnalyzer.Analyze(example.Text, example.Lang, example.Title);
                documents.Add(TrainingDocument.Create(document, example.Summary, set.Sentences, s, r % folds, softLabels));
                foreach (var method in Methods)
                {
                    Summarizers.TryGet(method, out var summarizer);
                    var summary = summarizer.Summarize(document, length);
                    Accumulator(baselines, s, method).Add(Rouge.Score(example.Summary, Join(summary), example.Lang));
                }
                // The extractive ceiling: the greedy oracle's sentences, which know the reference.
                var picked = GreedyOracle.Select(document, example.Summary, set.Sentences).Order();
                oracle[s].Add(Rouge.Score(example.Summary, string.Join("\n", picked.Select(i => document.Sentences[i].Span.Slice(document.Text))), example.Lang));
            }
        }
        return new RankerStudy(sets, folds, documents, baselines, oracle);
    }

    /// <summary>A built-in method's ROUGE on set <paramref name="set"/> at the set's length.</summary>
    public RougeAccumulator Baseline(int set, string method) => _baselines[(set, method)];

    /// <summary>The greedy oracle's ROUGE on set <paramref name="set"/>: the ceiling of sentence extraction.</summary>
    public RougeAccumulator Oracle(int set) => _oracle[set];

    /// <summary>The learned ranker's held-out ROUGE per set, each fold's model fitted on the other folds.</summary>
    public RougeAccumulator[] CrossValidate(TrainerOptions options)
    {
        var accumulators = Sets.Select(_ => new RougeAccumulator()).ToArray();
        foreach (var (train, test) in Splits())
        {
            var model = RankerTrainer.Fit(train, options);
            foreach (var d in test)
                accumulators[d.Set].Add(Rouge.Score(d.Reference, Summarize(d, LearnedScores(model, d), SummaryLength.Sentences(Sets[d.Set].Sentences)), d.Document.Language));
        }
        return accumulators;
    }

    /// <summary>The cross-validated model with each of <see cref="FeatureGroups"/> left out, in that order.</summary>
    public IReadOnlyList<(string Group, RougeAccumulator[] Scores)> Ablation(TrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = SentenceFeatures.Names.ToList();
        return [.. FeatureGroups.Select(g => (g.Name, CrossValidate(options with { Dropped = g.Features.Select(f => names.IndexOf(f)).ToHashSet() })))];
    }

    /// <summary>The default method's blends over the whole length grid; see <see cref="BlendStudy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="chooseWithout"/> names no set, or leaves none to choose on.</exception>
    public BlendStudy Blends(TrainerOptions options, IReadOnlySet<string> chooseWithout) => BlendStudy.Run(this, options, chooseWithout);

    /// <summary>The model fitted on every document, recording <paramref name="command"/> as how it was made.</summary>
    public LinearRankerModel Fit(TrainerOptions options, string? command = null) => RankerTrainer.Fit(_documents, options, command);

    internal IReadOnlyList<TrainingDocument> Documents => _documents;

    /// <summary>Each fold's (training, held-out) documents, leaving out empty splits.</summary>
    internal IEnumerable<(List<TrainingDocument> Train, List<TrainingDocument> Test)> Splits()
    {
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = _documents.Where(d => d.Fold != fold).ToList();
            var test = _documents.Where(d => d.Fold == fold).ToList();
            if (test.Count > 0 && train.Count > 0)
                yield return (train, test);
        }
    }

    internal static double[] LearnedScores(LinearRankerModel model, TrainingDocument d)
    {
        var scores = new double[d.Sentences];
        model.Score(d.Rows(model.UsesDefaultScore), d.Sentences, scores, d.Context);
        return scores;
    }

    /// <summary>The sentences the shipped selection takes for these scores, one per line.</summary>
    internal static string Summarize(TrainingDocument d, double[] scores, SummaryLength length)
    {
        if (d.Sentences == 0)
            return "";
        var picked = SentenceSelector.Select(d.Document, scores, length, blockRepeats: true, readable: true);
        return string.Join("\n", picked.Select(i => d.Document.Sentences[i].Span.Slice(d.Document.Text).ToString()));
    }

    internal static string Join(Summary summary) => string.Join("\n", summary.Sentences.Select(x => x.Text));

    private static RougeAccumulator Accumulator(Dictionary<(int, string), RougeAccumulator> all, int set, string method)
    {
        if (!all.TryGetValue((set, method), out var acc))
            all[(set, method)] = acc = new RougeAccumulator();
        return acc;
    }
}
