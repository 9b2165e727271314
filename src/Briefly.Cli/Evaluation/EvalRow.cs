using System.Globalization;
using System.Text.Json;
using Briefly.Summarization.Evaluation;

namespace Briefly.Cli.Evaluation;

/// <summary>
/// One method's result over a data set: what `eval` and `rouge` print per row. `eval` adds the summary length the
/// row was made at and the share of summaries (per cent) with a dangling sentence; `rouge` knows neither.
/// </summary>
public sealed record EvalRow(string Method, RougeAccumulator Rouge, double? ArticlesPerSecond)
{
    public string? Length { get; init; }

    public double? Dangling { get; init; }

    /// <summary>For a method that writes (<c>llm</c>): the share of summaries served as written, not fallen back.</summary>
    public double? Written { get; init; }

    /// <summary>Fallbacks by reason (<see cref="Summarization.Summary.Fallback"/>).</summary>
    public IReadOnlyDictionary<string, int> Fallbacks { get; init; } = new Dictionary<string, int>();

    /// <summary>A Markdown table, or with <paramref name="json"/> one JSON object per row.</summary>
    public static void Write(TextWriter output, IReadOnlyList<EvalRow> rows, bool json)
    {
        if (json)
            WriteJson(output, rows);
        else
            WriteTable(output, rows);
    }

    public static void WriteTable(TextWriter output, IReadOnlyList<EvalRow> rows)
    {
        var lengths = rows.Any(r => r.Length is not null);
        var dangling = rows.Any(r => r.Dangling is not null);
        var written = rows.Any(r => r.Written is not null);
        output.WriteLine("| method |" + (lengths ? " length |" : "") + " n | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum |" + (dangling ? " dangling % |" : "") + (written ? " written % | fallbacks |" : "") + " articles/s |");
        output.WriteLine("|---|" + (lengths ? "---|" : "") + "---:|---:|---:|---:|---:|" + (dangling ? "---:|" : "") + (written ? "---:|---|" : "") + "---:|");
        foreach (var r in rows)
        {
            var speed = r.ArticlesPerSecond is { } a ? a.ToString("N0", CultureInfo.InvariantCulture) : "-";
            var length = lengths ? $" {r.Length ?? "-"} |" : "";
            var share = dangling ? (r.Dangling is { } d ? FormattableString.Invariant($" {d:0.0} |") : " - |") : "";
            var writing = !written ? ""
                : r.Written is { } w ? FormattableString.Invariant($" {w:0.0} | {(r.Fallbacks.Count == 0 ? "-" : string.Join(", ", r.Fallbacks.Select(f => $"{f.Key} {f.Value}")))} |")
                : " - | - |";
            output.WriteLine(FormattableString.Invariant(
                $"| {r.Method} |{length} {r.Rouge.Count} | {r.Rouge.Rouge1:0.00} | {r.Rouge.Rouge2:0.00} | {r.Rouge.RougeL:0.00} | {r.Rouge.RougeLsum:0.00} |{share}{writing} {speed} |"));
        }
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<EvalRow> rows)
    {
        foreach (var r in rows)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("method", r.Method);
                if (r.Length is not null)
                    json.WriteString("length", r.Length);
                json.WriteNumber("n", r.Rouge.Count);
                json.WriteNumber("rouge1", Math.Round(r.Rouge.Rouge1, 2));
                json.WriteNumber("rouge2", Math.Round(r.Rouge.Rouge2, 2));
                json.WriteNumber("rougeL", Math.Round(r.Rouge.RougeL, 2));
                json.WriteNumber("rougeLsum", Math.Round(r.Rouge.RougeLsum, 2));
                if (r.Dangling is { } d)
                    json.WriteNumber("dangling", Math.Round(d, 2));
                if (r.Written is { } w)
                {
                    json.WriteNumber("written", Math.Round(w, 2));
                    json.WriteStartObject("fallbacks");
                    foreach (var (reason, count) in r.Fallbacks)
                        json.WriteNumber(reason, count);
                    json.WriteEndObject();
                }
                if (r.ArticlesPerSecond is { } a)
                    json.WriteNumber("articles_per_second", Math.Round(a, 1));
                else
                    json.WriteNull("articles_per_second");
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
