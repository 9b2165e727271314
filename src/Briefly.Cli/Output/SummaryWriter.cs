using System.Text.Encodings.Web;
using System.Text.Json;
using Briefly.Summarization;

namespace Briefly.Cli.Output;

public static class SummaryWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Summary summary, string format)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(ToJson(summary));
                break;
            case "markdown":
                foreach (var s in summary.Sentences)
                    output.WriteLine($"- {s.Text}");
                break;
            default:
                foreach (var s in summary.Sentences)
                    output.WriteLine(s.Text);
                break;
        }
    }

    public static string ToJson(Summary summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("language", summary.Language);
            json.WriteString("method", summary.Method);
            json.WriteStartArray("sentences");
            foreach (var s in summary.Sentences)
            {
                json.WriteStartObject();
                json.WriteString("text", s.Text);
                json.WriteNumber("start", s.Start);
                json.WriteNumber("length", s.Length);
                json.WriteNumber("index", s.Index);
                json.WriteNumber("score", s.Score);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("sourceSentences", summary.SourceSentences);
            json.WriteNumber("sourceWords", summary.SourceWords);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
