using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Ranking;

namespace Briefly.Summarization.Training;

/// <summary>
/// Every blend of the grid (λ, μ, π, leader or not; <see cref="BlendRanker.Combine"/>) cross-validated at every length
/// of <see cref="LengthGrid.Lengths"/>: one model and one ranking for every length, the shipped design. A blend's margin
/// in a cell is min(ROUGE-1 − the best of lead, TextRank and LexRank, ROUGE-Lsum − lead); the blend whose smallest
/// margin over the judged sets and every length is largest (then the largest mean) comes first. The choice is made
/// on the same held-out folds it is reported on, so its figures are slightly optimistic.
/// </summary>
public sealed class BlendStudy
{
    private static readonly double[] LambdaGrid = [0, 1, 2, 4, 8];
    private static readonly double[] TextRankGrid = [0, 1, 2];
    private static readonly double[] PositionGrid = [0, 2, 4, 8, 16];

    /// <summary>The baselines every blend is measured against.</summary>
    public static IReadOnlyList<string> Peers { get; } = ["lead", "textrank", "lexrank"];

    private readonly RougeAccumulator[,,] _blends;
    private readonly RougeAccumulator[,,] _peers;

    private BlendStudy(IReadOnlyList<TrainingSet> sets, Blend[] blends, RougeAccumulator[,,] scores, RougeAccumulator[,,] peers, IReadOnlyList<int> judged)
    {
        (Sets, Blends, _blends, _peers) = (sets, blends, scores, peers);
        Ranked = [.. Enumerable.Range(0, blends.Length)
            .Select(g => (Blend: g, Smallest: (from s in judged from l in Enumerable.Range(0, Lengths.Count) select Margin(s, l, g)).Min(),
                Mean: (from s in judged from l in Enumerable.Range(0, Lengths.Count) select Margin(s, l, g)).Average()))
            .OrderByDescending(x => x.Smallest).ThenByDescending(x => x.Mean)];
    }

    public IReadOnlyList<TrainingSet> Sets { get; }

    public IReadOnlyList<SummaryLength> Lengths => LengthGrid.Lengths;

    public IReadOnlyList<Blend> Blends { get; }

    /// <summary>Every blend's index with its smallest and mean margin over the judged sets, best first.</summary>
    public IReadOnlyList<(int Blend, double Smallest, double Mean)> Ranked { get; }

    /// <summary>The index of the winning blend.</summary>
    public int Chosen => Ranked[0].Blend;

    public RougeAccumulator Score(int set, int length, int blend) => _blends[set, length, blend];

    public RougeAccumulator Peer(int set, int length, int peer) => _peers[set, length, peer];

    public double Margin(int set, int length, int blend)
    {
        var r1 = _blends[set, length, blend].Rouge1;
        var best = Math.Max(_peers[set, length, 0].Rouge1, Math.Max(_peers[set, length, 1].Rouge1, _peers[set, length, 2].Rouge1));
        return Math.Min(r1 - best, _blends[set, length, blend].RougeLsum - _peers[set, length, 0].RougeLsum);
    }

    internal static BlendStudy Run(RankerStudy study, TrainerOptions options, IReadOnlySet<string> chooseWithout)
    {
        ArgumentNullException.ThrowIfNull(chooseWithout);
        var sets = study.Sets;
        if (chooseWithout.FirstOrDefault(name => sets.All(s => s.Name != name)) is { } unknown)
            throw new ArgumentException($"names no set: '{unknown}' (sets: {string.Join(", ", sets.Select(s => s.Name))})");
        var judged = Enumerable.Range(0, sets.Count).Where(s => !chooseWithout.Contains(sets[s].Name)).ToList();
        if (judged.Count == 0)
            throw new ArgumentException("leaves no set to choose the blend on");

        var grid = (from l in LambdaGrid from mu in TextRankGrid from pi in PositionGrid from leader in new[] { false, true } select new Blend(l, mu, pi, leader)).ToArray();
        var lengths = LengthGrid.Lengths;
        var scores = New(sets.Count, lengths.Count, grid.Length);
        var peers = New(sets.Count, lengths.Count, Peers.Count);
        foreach (var d in study.Documents)
        {
            for (var p = 0; p < Peers.Count; p++)
            {
                Summarizers.TryGet(Peers[p], out var summarizer);
                for (var l = 0; l < lengths.Count; l++)
                    peers[d.Set, l, p].Add(Rouge.Score(d.Reference, RankerStudy.Join(summarizer.Summarize(d.Document, lengths[l])), d.Document.Language));
            }
        }
        var textRankColumn = SentenceFeatures.Names.ToList().IndexOf("textrank");
        foreach (var (train, test) in study.Splits())
        {
            var model = RankerTrainer.Fit(train, options);
            foreach (var d in test)
            {
                var learned = Standardize(RankerStudy.LearnedScores(model, d));
                var dflt = Standardize(d.DefaultScores);
                var textRank = Standardize([.. Enumerable.Range(0, d.Sentences).Select(i => d.Features[(i * SentenceFeatures.Count) + textRankColumn])]);
                for (var g = 0; g < grid.Length; g++)
                {
                    var combined = grid[g].Combine(dflt, learned, textRank);
                    for (var l = 0; l < lengths.Count; l++)
                        scores[d.Set, l, g].Add(Rouge.Score(d.Reference, RankerStudy.Summarize(d, combined, lengths[l]), d.Document.Language));
                }
            }
        }
        return new BlendStudy(sets, grid, scores, peers, judged);
    }

    private static RougeAccumulator[,,] New(int a, int b, int c)
    {
        var all = new RougeAccumulator[a, b, c];
        for (var i = 0; i < a; i++)
        {
            for (var j = 0; j < b; j++)
            {
                for (var k = 0; k < c; k++)
                    all[i, j, k] = new RougeAccumulator();
            }
        }
        return all;
    }

    // The same z-scores as the shipped ranker's blend, on a copy.
    private static double[] Standardize(double[] scores)
    {
        var z = scores.ToArray();
        BlendRanker.Standardize(z);
        return z;
    }
}

/// <summary>One candidate of the grid: <see cref="BlendRanker.Combine"/>'s weights.</summary>
public sealed record Blend(double Lambda, double TextRank, double Position, bool Leader)
{
    public double[] Combine(double[] dflt, double[] learned, double[] textRank)
    {
        ArgumentNullException.ThrowIfNull(dflt);
        var scores = new double[dflt.Length];
        BlendRanker.Combine(dflt, learned, textRank, Lambda, TextRank, Position, Leader, scores);
        return scores;
    }

    public override string ToString() => FormattableString.Invariant($"λ {Lambda}, μ {TextRank}, π {Position}{(Leader ? ", leader" : "")}");
}
