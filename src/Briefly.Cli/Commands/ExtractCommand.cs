using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefly.Cli.Input;
using Briefly.Text.Languages;

namespace Briefly.Cli.Commands;

/// <summary>The text of an HTML page. For now the whole body's text; main-content extraction arrives with ingestion.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An HTML file, a URL, or - for standard input", DefaultValueFactory = _ => "-" };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = new Option<bool>("--allow-private-network") { Description = "Allow fetching from loopback and private addresses" };
        var command = new Command("extract", "Print the text of an HTML page (title, blank line, paragraphs)");
        command.Arguments.Add(input);
        command.Options.Add(format);
        command.Options.Add(allowPrivate);
        command.SetAction(result =>
        {
            var page = InputReader.Read(result.GetValue(input)!, result.GetValue(allowPrivate));
            if (string.IsNullOrWhiteSpace(page.Text))
                throw new UsageException("the page has no text");
            if (result.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                json.WriteStartObject();
                json.WriteString("title", page.Title);
                json.WriteNull("byline");
                json.WriteNull("published");
                json.WriteString("language", LanguageDetector.Detect(page.Text));
                json.WriteString("text", page.Text);
                json.WriteNull("html");
                json.WriteEndObject();
                json.Flush();
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                Console.Out.WriteLine(page.Title ?? "");
                Console.Out.WriteLine();
                Console.Out.WriteLine(page.Text);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
