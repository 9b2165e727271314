using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefly.Cli.Evaluation;
using Briefly.Summarization;
using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Selection;
using Spectre.Console;

namespace Briefly.Cli.Commands;

public static class EvalCommand
{
    private static readonly TimeSpan MinWarmup = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan MaxWarmup = TimeSpan.FromSeconds(8);

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Evaluation set, JSON Lines {id, lang, title, text, summary}", Required = true };
        var methods = new Option<string[]>("--method", "-m") { Description = $"Method to evaluate (repeatable); default: every method on offer. {MethodOption.Description}", AllowMultipleArgumentsPerToken = false };
        var sentences = new Option<int[]>("--sentences", "-n") { Description = "Summary lengths in sentences, one row each (--sentences 1 2 3); default 3 unless --words or --ratio is given", AllowMultipleArgumentsPerToken = true };
        var words = new Option<int[]>("--words") { Description = "Summary lengths as word budgets, one row each", AllowMultipleArgumentsPerToken = true };
        var ratios = new Option<double[]>("--ratio") { Description = "Summary lengths as fractions of the article's words (0 < R <= 1), one row each", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N records" };
        var json = new Option<bool>("--json") { Description = "One JSON object per method and length instead of a table" };
        var output = new Option<string?>("--out") { Description = "Write candidate summaries as JSON Lines {id, method, length, summary}" };
        var ablation = new Option<bool>("--ablation") { Description = "Also score the default method with each of its parts taken out (ROUGE only, not timed)" };
        var command = new Command("eval", "Summarize every record of an evaluation set with each method at each length and score it with ROUGE")
        {
            data, methods, sentences, words, ratios, limit, json, output, ablation,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(data)!;
            var lengths = Lengths(result.GetValue(sentences) ?? [], result.GetValue(words) ?? [], result.GetValue(ratios) ?? []);
            if (result.GetValue(limit) is < 1)
                throw new UsageException("--limit must be at least 1");
            // The baselines first and default last, as the tables in the docs read.
            var names = result.GetValue(methods) is { Length: > 0 } given
                ? given
                // A remote method bills per request: measured only when named.
                : MethodOption.Catalog.Entries.Where(e => e.Enabled && !e.Summarizer!.IsRemote).OrderBy(e => e.Name == "default").Select(e => e.Name).ToArray();
            var summarizers = names.Select(MethodOption.Resolve).ToList();
            var records = LoadRecords(path, result.GetValue(limit));
            if (records.Count == 0)
                throw new UsageException($"{path} has no records");
            using var candidates = result.GetValue(output) is { } outPath ? new StreamWriter(outPath) : null;
            var rows = new List<EvalRow>();
            var variants = result.GetValue(ablation) ? DefaultAblation.Variants() : [];
            await WithProgressAsync(records.Count * (summarizers.Count + variants.Count) * lengths.Count, async tick =>
            {
                // A remote model's time is its server's: warming this process up would only spend its tokens.
                foreach (var summarizer in summarizers.Where(s => !s.IsRemote))
                    await WarmUpAsync(summarizer, records, lengths[0], cancellationToken);
                foreach (var length in lengths)
                {
                    foreach (var summarizer in summarizers)
                        rows.Add(await RunAsync(summarizer, records, length, candidates, tick, cancellationToken));
                    foreach (var variant in variants)
                        rows.Add(await RunAsync(variant, records, length, null, tick, cancellationToken) with { ArticlesPerSecond = null });
                }
            });
            if (lengths.Count == 1)
                rows = rows.Select(r => r with { Length = null }).ToList();
            EvalRow.Write(Console.Out, rows, result.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<SummaryLength> Lengths(int[] sentences, int[] words, double[] ratios)
    {
        if (sentences.Any(n => n is < 1 or > 100))
            throw new UsageException("--sentences must be between 1 and 100");
        if (words.Any(w => w is < 1 or > 100_000))
            throw new UsageException("--words must be between 1 and 100000");
        if (ratios.Any(r => !(r is > 0 and <= 1)))
            throw new UsageException("--ratio must be greater than 0 and at most 1");
        var lengths = sentences.Select(SummaryLength.Sentences).Concat(words.Select(SummaryLength.Words)).Concat(ratios.Select(SummaryLength.Ratio)).Distinct().ToList();
        return lengths.Count > 0 ? lengths : [SummaryLength.Sentences(3)];
    }

    private static List<EvalRecord> LoadRecords(string path, int? limit)
    {
        var records = new List<EvalRecord>();
        foreach (var e in JsonLines.Read(path))
        {
            if (records.Count >= limit)
                break;
            records.Add(new EvalRecord(
                e.OptionalString("id") ?? $"#{records.Count + 1}",
                e.OptionalString("lang") ?? "en",
                e.OptionalString("title"),
                e.Required("text", path),
                e.Required("summary", path)));
        }
        return records;
    }

    private static async Task<EvalRow> RunAsync(
        ISummarizer summarizer, List<EvalRecord> records, SummaryLength length, StreamWriter? candidates, Action tick, CancellationToken cancellationToken)
    {
        var rouge = new RougeAccumulator();
        var times = new long[records.Count];
        var dangling = 0;
        var written = 0;
        var fallbacks = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < records.Count; k++)
        {
            var r = records[k];
            var start = Stopwatch.GetTimestamp();
            var summary = await summarizer.SummarizeAsync(new SummaryRequest(r.Text, Options(r, length)), cancellationToken);
            times[k] = Stopwatch.GetTimestamp() - start;
            var candidate = string.Join("\n", summary.Sentences.Select(s => s.Text));
            rouge.Add(Rouge.Score(r.Summary, candidate, r.Lang));
            if (summary.Fallback is { } reason)
                fallbacks[reason] = fallbacks.GetValueOrDefault(reason) + 1;
            // A written sentence is no article sentence: it cannot point back past one left out.
            if (summary.Sentences.Any(s => s.IsWritten))
                written++;
            else if (BackReferences.CountDangling(r.Text, summary.Sentences) > 0)
                dangling++;
            candidates?.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = r.Id, ["method"] = summarizer.Name, ["length"] = length.ToString(), ["summary"] = candidate }, CandidateJson));
            tick();
        }
        // Median time per article: one slow outlier (a GC pause) should not speak for the whole set.
        Array.Sort(times);
        var median = (double)times[times.Length / 2] / Stopwatch.Frequency;
        return new EvalRow(summarizer.Name, rouge, median > 0 ? 1 / median : null)
        {
            Length = length.ToString(),
            // Over every summary, as for the other methods: a written one cannot dangle.
            Dangling = 100.0 * dangling / records.Count,
            Written = summarizer.IsRemote ? 100.0 * written / records.Count : null,
            Fallbacks = fallbacks,
        };
    }

    // The tiered JIT recompiles hot code a while after it first runs, and only once no new code is being
    // compiled (600 ms was not enough: a lone `--method default` was timed at a quarter of its speed).
    // Warm up for at least MinWarmup and until two passes in a row agree within 10%, so articles/s measures
    // a server's steady state whichever methods are asked for.
    private static async Task WarmUpAsync(ISummarizer summarizer, List<EvalRecord> records, SummaryLength length, CancellationToken cancellationToken)
    {
        const int PassSize = 100;
        var clock = Stopwatch.StartNew();
        var times = new long[PassSize];
        var previous = double.NaN;
        for (var k = 0; clock.Elapsed < MaxWarmup;)
        {
            for (var i = 0; i < PassSize; i++, k++)
            {
                var r = records[k % records.Count];
                var start = Stopwatch.GetTimestamp();
                await summarizer.SummarizeAsync(new SummaryRequest(r.Text, Options(r, length)), cancellationToken);
                times[i] = Stopwatch.GetTimestamp() - start;
            }
            Array.Sort(times);
            double median = times[PassSize / 2];
            if (clock.Elapsed >= MinWarmup && Math.Abs(median - previous) <= 0.1 * previous)
                return;
            previous = median;
        }
    }

    private static readonly JsonSerializerOptions CandidateJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static SummaryOptions Options(EvalRecord r, SummaryLength length) => new() { Length = length, Language = r.Lang, Title = r.Title };

    private static async Task WithProgressAsync(int total, Func<Action, Task> work)
    {
        if (Console.IsErrorRedirected)
        {
            await work(() => { });
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask("summarizing", maxValue: total);
            await work(() => task.Increment(1));
        });
    }

    private sealed record EvalRecord(string Id, string Lang, string? Title, string Text, string Summary);
}
