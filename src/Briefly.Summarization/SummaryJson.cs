using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefly.Text;

namespace Briefly.Summarization;

/// <summary>The one JSON shape of a summary, shared by the CLI and the HTTP API (DESIGN.md §3).</summary>
public static class SummaryJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(Summary summary, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
            Write(json, summary);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter json, Summary summary)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(summary);
        json.WriteStartObject();
        json.WriteString("language", summary.Language);
        json.WriteString("method", summary.Method);
        if (summary.Model is not null)
            json.WriteString("model", summary.Model);
        if (summary.Fallback is not null)
            json.WriteString("fallback", summary.Fallback);
        json.WriteStartArray("sentences");
        foreach (var s in summary.Sentences)
        {
            json.WriteStartObject();
            json.WriteString("text", s.Text);
            if (s.Sources is { } sources)
            {
                json.WriteStartArray("sources");
                foreach (var source in sources)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", source.Start);
                    json.WriteNumber("length", source.Length);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else
            {
                json.WriteNumber("start", s.Start);
                json.WriteNumber("length", s.Length);
                json.WriteNumber("index", s.Index);
                json.WriteNumber("score", s.Score);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("sourceSentences", summary.SourceSentences);
        json.WriteNumber("sourceWords", summary.SourceWords);
        json.WriteEndObject();
    }

    /// <summary>Reads back what <see cref="Serialize"/> wrote (cached summaries are stored as this JSON).</summary>
    public static Summary Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = root.GetProperty("sentences");
        var sentences = new SummarySentence[items.GetArrayLength()];
        var k = 0;
        foreach (var s in items.EnumerateArray())
        {
            var text = s.GetProperty("text").GetString() ?? "";
            sentences[k++] = s.TryGetProperty("sources", out var sources)
                ? SummarySentence.Written(text, [.. sources.EnumerateArray().Select(x => new TextSpan(x.GetProperty("start").GetInt32(), x.GetProperty("length").GetInt32()))])
                : new SummarySentence(
                    text,
                    s.GetProperty("start").GetInt32(),
                    s.GetProperty("length").GetInt32(),
                    s.GetProperty("index").GetInt32(),
                    s.GetProperty("score").GetDouble());
        }
        return new Summary(
            root.GetProperty("language").GetString() ?? "",
            root.GetProperty("method").GetString() ?? "",
            sentences,
            root.GetProperty("sourceSentences").GetInt32(),
            root.GetProperty("sourceWords").GetInt32(),
            root.TryGetProperty("model", out var model) ? model.GetString() : null,
            root.TryGetProperty("fallback", out var fallback) ? fallback.GetString() : null);
    }
}
