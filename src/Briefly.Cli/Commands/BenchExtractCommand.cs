using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Briefly.Cli.Evaluation;
using Briefly.Ingest.Extraction;
using Briefly.Ingest.Extraction.Evaluation;

namespace Briefly.Cli.Commands;

/// <summary>
/// Scores <see cref="ArticleExtractor"/> on an extraction set (JSON Lines {"id","url","html","text"}) with the
/// method the set's benchmark publishes: Scrapinghub's 4-token shingles or WCXB's bag of words.
/// </summary>
public static class BenchExtractCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Pages, JSON Lines {id, url, html, text[, with, without]}", Required = true };
        var scoring = new Option<string>("--scoring") { Description = "shingles (Scrapinghub benchmark) or words (WCXB)", DefaultValueFactory = _ => "shingles" };
        scoring.AcceptOnlyFromAmong("shingles", "words");
        var limit = new Option<int>("--limit") { Description = "Score only the first N pages (0: all)", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "One JSON object instead of a table row" };
        var perPage = new Option<bool>("--per-page") { Description = "Also write each page's id, precision and recall to standard error" };
        var command = new Command("bench-extract", "Score page extraction against ground-truth text (precision, recall, F1 as the set's benchmark defines them)")
        {
            data, scoring, limit, json, perPage,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(data)!;
            var words = result.GetValue(scoring) == "words";
            var shingles = new ShingleScorer();
            var bag = new WordBagScorer();
            var clock = new Stopwatch();
            var max = result.GetValue(limit);
            var verbose = result.GetValue(perPage);
            var n = 0;
            foreach (var page in JsonLines.Read(path))
            {
                if (max > 0 && n >= max)
                    break;
                var truth = page.Required("text", path);
                var html = page.Required("html", path);
                var url = Uri.TryCreate(page.OptionalString("url"), UriKind.Absolute, out var u) ? u : null;
                clock.Start();
                var predicted = Predict(html, url);
                clock.Stop();
                if (words)
                    bag.Add(truth, predicted, Strings(page, "with"), Strings(page, "without"));
                else
                    shingles.Add(truth, predicted);
                if (verbose)
                    WritePage(page.OptionalString("id") ?? n.ToString(CultureInfo.InvariantCulture), truth, predicted, words);
                n++;
            }
            if (n == 0)
                throw new UsageException($"{path} has no pages");
            var scores = words ? bag.Result() : shingles.Result();
            var pagesPerSecond = n / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            Write(scores, pagesPerSecond, words ? bag : null, result.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Predict(string html, Uri? url)
    {
        try
        {
            return ArticleExtractor.Extract(html, url).Text;
        }
        catch (ExtractionException)
        {
            return "";
        }
    }

    private static void WritePage(string id, string truth, string predicted, bool words)
    {
        double? precision, recall;
        if (words)
            (precision, recall, _) = WordBagScorer.Page(truth, predicted);
        else
            (precision, recall) = ShingleScorer.Page(truth, predicted);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}\t{precision?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"}\t{recall?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"}"));
    }

    private static List<string>? Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : null;

    private static void Write(ExtractionScores s, double pagesPerSecond, WordBagScorer? bag, bool json)
    {
        var c = CultureInfo.InvariantCulture;
        if (json)
        {
            var fields = new Dictionary<string, object?>
            {
                ["n"] = s.Pages,
                ["precision"] = Math.Round(s.Precision, 4),
                ["recall"] = Math.Round(s.Recall, 4),
                ["f1"] = Math.Round(s.F1, 4),
                ["accuracy"] = s.Accuracy is { } a ? Math.Round(a, 4) : null,
                ["pages_per_second"] = Math.Round(pagesPerSecond, 1),
            };
            if (bag is not null)
            {
                fields["with"] = Math.Round(bag.WithRate, 4);
                fields["without"] = Math.Round(bag.WithoutRate, 4);
            }
            Console.Out.WriteLine(JsonSerializer.Serialize(fields));
            return;
        }
        var extra = bag is null ? $" {s.Accuracy?.ToString("0.000", c) ?? "-"} |" : $" {bag.WithRate.ToString("0.000", c)} | {bag.WithoutRate.ToString("0.000", c)} |";
        Console.Out.WriteLine(bag is null
            ? "| n | precision | recall | F1 | accuracy | pages/s |"
            : "| n | precision | recall | F1 | with | without | pages/s |");
        Console.Out.WriteLine(bag is null ? "|---:|---:|---:|---:|---:|---:|" : "|---:|---:|---:|---:|---:|---:|---:|");
        Console.Out.WriteLine(string.Create(c, $"| {s.Pages} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} |{extra} {pagesPerSecond:0.0} |"));
    }
}
