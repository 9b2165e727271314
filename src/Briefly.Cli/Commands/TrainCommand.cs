using System.CommandLine;
using System.Globalization;
using Briefly.Cli.Evaluation;
using Briefly.Summarization;
using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Ranking;
using Briefly.Summarization.Training;

namespace Briefly.Cli.Commands;

/// <summary>
/// `briefly train`: fits the learned ranker on oracle labels, pooled over every given set, reports k-fold
/// cross-validated ROUGE next to the built-in methods on the same held-out documents, then fits on everything.
/// The measuring is <see cref="RankerStudy"/>'s; this command parses options and prints tables.
/// </summary>
public static class TrainCommand
{
    private const string OracleRow = "greedy oracle (knows the reference)";

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "Training sets, JSON Lines {id, lang, title, text, summary} (repeatable)", Required = true, AllowMultipleArgumentsPerToken = true };
        var sentences = new Option<int[]>("--sentences", "-n") { Description = "Summary length in sentences: one value for every set, or one per --data file; default: the sets' mean reference length, 1 to 3", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N records of each set" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by document)", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Write the weights trained on all records to this JSON file" };
        var scaling = new Option<string>("--scaling") { Description = "Feature scaling: global (training means and scales) or document (z-scores within each document)", DefaultValueFactory = _ => "document" };
        var weighting = new Option<string>("--weighting") { Description = "Sample weights: sentence, document (each document counts the same) or set (each set counts the same)", DefaultValueFactory = _ => "set" };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the coefficients", DefaultValueFactory = _ => 1.0 };
        var labels = new Option<string>("--labels") { Description = "Training labels: oracle (the greedy oracle's sentences, 0/1) or soft (each sentence's own ROUGE against the reference, scaled to the document's best)", DefaultValueFactory = _ => "soft" };
        var ablation = new Option<bool>("--ablation") { Description = "Also cross-validate the model with each feature group left out" };
        var interactions = new Option<string>("--interactions") { Description = "Context interactions: none or shape (sentence count, sentence length, sentences per paragraph, title known)", DefaultValueFactory = _ => "none" };
        var defaultFeature = new Option<bool>("--default-feature") { Description = "Add the hand-tuned default ranker's score as a feature" };
        var loss = new Option<string>("--loss") { Description = "What the fit minimizes: pointwise (logistic regression per sentence) or listwise (softmax cross-entropy over each document's sentences)", DefaultValueFactory = _ => "pointwise" };
        var sharpness = new Option<double>("--sharpness") { Description = "Listwise targets: each document's labels raised to this power, then normalized (higher: the best sentence takes more of the mass)", DefaultValueFactory = _ => 1.0 };
        var hybrid = new Option<bool>("--hybrid") { Description = "Also cross-validate the default method's blend (λ, μ, π, leader) at sentences 1-6 and 50/100/200 words and print the choice" };
        var gridOutput = new Option<string?>("--grid-out") { Description = "With --hybrid: write every blend's cross-validated ROUGE at every set and length as JSON Lines" };
        var chooseWithoutOption = new Option<string[]>("--choose-without") { Description = "With --hybrid: sets (file names without extension) reported but not used to choose the blend", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train", "Train the learned sentence ranker (logistic regression on greedy-oracle labels) with cross-validation")
        {
            data, sentences, limit, folds, output, scaling, weighting, l2, labels, ablation, interactions, defaultFeature, loss, sharpness, hybrid, gridOutput, chooseWithoutOption,
        };
        command.SetAction(result =>
        {
            var paths = result.GetValue(data) ?? [];
            if (paths.Length == 0)
                throw new UsageException("--data needs at least one file");
            var given = result.GetValue(sentences) ?? [];
            if (given.Length > 1 && given.Length != paths.Length)
                throw new UsageException($"--sentences takes one value or one per --data file ({paths.Length}), not {given.Length}");
            if (given.Any(n => n is < 1 or > 100))
                throw new UsageException("--sentences must be between 1 and 100");
            if (result.GetValue(limit) is < 1)
                throw new UsageException("--limit must be at least 1");
            var k = result.GetValue(folds);
            if (k is < 2 or > 50)
                throw new UsageException("--folds must be between 2 and 50");
            var penalty = result.GetValue(l2);
            if (!(penalty >= 0) || double.IsInfinity(penalty))
                throw new UsageException("--l2 must be a non-negative number");
            var power = result.GetValue(sharpness);
            if (!(power > 0) || power > 100)
                throw new UsageException("--sharpness must be a number above 0 and at most 100");
            var options = new TrainerOptions
            {
                Loss = result.GetValue(loss)?.ToLowerInvariant() switch
                {
                    "pointwise" => TrainingLoss.Pointwise,
                    "listwise" => TrainingLoss.Listwise,
                    var other => throw new UsageException($"--loss takes pointwise or listwise, not '{other}'"),
                },
                Sharpness = power,
                Scaling = result.GetValue(scaling)?.ToLowerInvariant() switch
                {
                    "global" => FeatureScaling.Global,
                    "document" => FeatureScaling.Document,
                    var other => throw new UsageException($"--scaling takes global or document, not '{other}'"),
                },
                Weighting = result.GetValue(weighting)?.ToLowerInvariant() switch
                {
                    "sentence" => SampleWeighting.Sentence,
                    "document" => SampleWeighting.Document,
                    "set" => SampleWeighting.Set,
                    var other => throw new UsageException($"--weighting takes sentence, document or set, not '{other}'"),
                },
                L2 = penalty,
                Contexts = result.GetValue(interactions)?.ToLowerInvariant() switch
                {
                    "none" => [],
                    "shape" => DocumentContext.Shape,
                    var other => throw new UsageException($"--interactions takes none or shape, not '{other}'"),
                },
                DefaultScore = result.GetValue(defaultFeature),
            };
            var outPath = result.GetValue(output);
            var soft = result.GetValue(labels)?.ToLowerInvariant() switch
            {
                "oracle" => false,
                "soft" => true,
                var other => throw new UsageException($"--labels takes oracle or soft, not '{other}'"),
            };

            var sets = new List<TrainingSet>();
            for (var s = 0; s < paths.Length; s++)
            {
                var examples = LoadExamples(paths[s], result.GetValue(limit));
                if (examples.Count == 0)
                    throw new UsageException($"{paths[s]} has no records");
                var n = given.Length == 0 ? TrainingSet.MeanReferenceSentences(examples) : given.Length == 1 ? given[0] : given[s];
                sets.Add(new TrainingSet(Path.GetFileNameWithoutExtension(paths[s]), n, examples));
            }

            var study = RankerStudy.Prepare(sets, k, soft, set => Console.Error.WriteLine($"train: {set.Name}: {set.Examples.Count} records, {set.Sentences} sentence(s)"));
            var learned = study.CrossValidate(options);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"Cross-validated ({k} folds by document, pooled over {sets.Count} set(s); {(soft ? "soft" : "oracle")} labels, {(options.Loss == TrainingLoss.Listwise ? FormattableString.Invariant($"listwise loss (sharpness {options.Sharpness})") : "pointwise loss")}, scaling {Name(options.Scaling)}, weighting {Name(options.Weighting)}, l2 {options.L2}, interactions {result.GetValue(interactions)}{(options.DefaultScore ? ", default score as a feature" : "")}). ROUGE F1 × 100."));
            for (var s = 0; s < sets.Count; s++)
            {
                Console.Out.WriteLine();
                Console.Out.WriteLine($"#### {sets[s].Name} ({sets[s].Sentences} sentence(s))");
                Console.Out.WriteLine();
                var rows = RankerStudy.Methods.Select(m => new EvalRow(m, study.Baseline(s, m), null)).Append(new EvalRow("learned (CV)", learned[s], null))
                    .Append(new EvalRow(OracleRow, study.Oracle(s), null)).ToList();
                WriteTable(rows);
            }

            if (result.GetValue(ablation))
                WriteAblation(study, options, learned);
            if (result.GetValue(hybrid))
            {
                var chooseWithout = (result.GetValue(chooseWithoutOption) ?? []).ToHashSet();
                BlendStudy blends;
                try
                {
                    blends = study.Blends(options, chooseWithout);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"--choose-without {e.Message}");
                }
                WriteHybrid(blends, result.GetValue(gridOutput), chooseWithout);
            }

            var model = study.Fit(options, "briefly " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)));
            if (outPath is not null)
            {
                File.WriteAllText(outPath, model.ToJson());
                Console.Error.WriteLine($"train: weights trained on all {study.DocumentCount} documents written to {outPath}");
            }
            Console.Out.WriteLine();
            Console.Out.WriteLine("Coefficients (trained on all records, standardized features):");
            Console.Out.WriteLine();
            for (var f = 0; f < model.Features.Count; f++)
                Console.Out.WriteLine(FormattableString.Invariant($"- {model.Features[f]}: {model.Coefficients[f]:0.000}"));
            for (var m = 0; m < model.Interactions.Count; m++)
            {
                var (feature, context) = model.Interactions[m];
                Console.Out.WriteLine(FormattableString.Invariant($"- {model.Features[feature]} × {DocumentContext.Names[context]}: {model.Coefficients[model.Features.Count + m]:0.000}"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteAblation(RankerStudy study, TrainerOptions options, RougeAccumulator[] full)
    {
        Console.Out.WriteLine();
        Console.Out.WriteLine("#### Ablation: cross-validated ROUGE-1 with one feature group left out (change from the full model)");
        Console.Out.WriteLine();
        Console.Out.WriteLine("| model | " + string.Join(" | ", study.Sets.Select(s => s.Name)) + " |");
        Console.Out.WriteLine("|---|" + string.Concat(study.Sets.Select(_ => "---:|")));
        Console.Out.WriteLine("| all features | " + string.Join(" | ", full.Select(a => a.Rouge1.ToString("0.00", CultureInfo.InvariantCulture))) + " |");
        foreach (var (name, result) in study.Ablation(options))
        {
            var cells = result.Select((a, s) => (a.Rouge1 - full[s].Rouge1).ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture));
            Console.Out.WriteLine($"| − {name} | " + string.Join(" | ", cells) + " |");
        }
    }

    /// <summary>The blends' ranking and the chosen blend's table at every length (<see cref="BlendStudy"/>); every cell as JSON Lines to <paramref name="gridOut"/>.</summary>
    private static void WriteHybrid(BlendStudy blends, string? gridOut, IReadOnlySet<string> chooseWithout)
    {
        var sets = blends.Sets;
        var lengths = blends.Lengths;
        if (gridOut is not null)
        {
            using var writer = new StreamWriter(gridOut);
            for (var s = 0; s < sets.Count; s++)
            {
                for (var l = 0; l < lengths.Count; l++)
                {
                    for (var p = 0; p < BlendStudy.Peers.Count; p++)
                        writer.WriteLine(GridLine(sets[s].Name, lengths[l], BlendStudy.Peers[p], blends.Peer(s, l, p)));
                    for (var g = 0; g < blends.Blends.Count; g++)
                        writer.WriteLine(GridLine(sets[s].Name, lengths[l], blends.Blends[g].ToString(), blends.Score(s, l, g)));
                }
            }
        }
        Console.Out.WriteLine();
        Console.Out.WriteLine("#### Blends over the length grid (cross-validated; margin = min(ROUGE-1 − best of lead/textrank/lexrank, ROUGE-Lsum − lead)"
            + (chooseWithout.Count > 0 ? $"; chosen on every set but {string.Join(", ", chooseWithout)}" : "") + ")");
        Console.Out.WriteLine();
        Console.Out.WriteLine("| blend | smallest margin | mean margin |");
        Console.Out.WriteLine("|---|---:|---:|");
        foreach (var (g, min, mean) in blends.Ranked)
            Console.Out.WriteLine(FormattableString.Invariant($"| {blends.Blends[g]} | {min:+0.00;−0.00;0.00} | {mean:+0.00;−0.00;0.00} |"));
        var chosen = blends.Chosen;
        Console.Out.WriteLine();
        Console.Out.WriteLine($"#### The chosen blend, {blends.Blends[chosen]}, at every length (ROUGE-1 / ROUGE-2 / ROUGE-Lsum)");
        Console.Out.WriteLine();
        Console.Out.WriteLine("| set | length | lead | textrank | lexrank | blend | margin |");
        Console.Out.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        for (var s = 0; s < sets.Count; s++)
        {
            for (var l = 0; l < lengths.Count; l++)
            {
                Console.Out.WriteLine(FormattableString.Invariant(
                    $"| {sets[s].Name} | {lengths[l]} | {Cell(blends.Peer(s, l, 0))} | {Cell(blends.Peer(s, l, 1))} | {Cell(blends.Peer(s, l, 2))} | {Cell(blends.Score(s, l, chosen))} | {blends.Margin(s, l, chosen):+0.00;−0.00;0.00} |"));
            }
        }
    }

    private static string GridLine(string set, SummaryLength length, string method, RougeAccumulator a) =>
        System.Text.Json.JsonSerializer.Serialize(new { set, length = length.ToString(), method, rouge1 = Math.Round(a.Rouge1, 3), rouge2 = Math.Round(a.Rouge2, 3), rougeLsum = Math.Round(a.RougeLsum, 3) });

    private static string Cell(RougeAccumulator a) => FormattableString.Invariant($"{a.Rouge1:0.00}/{a.Rouge2:0.00}/{a.RougeLsum:0.00}");

    private static void WriteTable(List<EvalRow> rows)
    {
        Console.Out.WriteLine("| method | n | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |");
        Console.Out.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.Out.WriteLine(FormattableString.Invariant(
                $"| {r.Method} | {r.Rouge.Count} | {r.Rouge.Rouge1:0.00} | {r.Rouge.Rouge2:0.00} | {r.Rouge.RougeL:0.00} | {r.Rouge.RougeLsum:0.00} |"));
        }
    }

    private static string Name(FeatureScaling scaling) => scaling == FeatureScaling.Global ? "global" : "document";

    private static string Name(SampleWeighting weighting) => weighting.ToString().ToLowerInvariant();

    private static List<TrainingExample> LoadExamples(string path, int? limit)
    {
        var examples = new List<TrainingExample>();
        foreach (var e in JsonLines.Read(path))
        {
            if (examples.Count >= limit)
                break;
            var lang = MethodOption.Language(e.OptionalString("lang")) ?? "en";
            examples.Add(new TrainingExample(lang, e.OptionalString("title"), e.Required("text", path), e.Required("summary", path)));
        }
        return examples;
    }
}
