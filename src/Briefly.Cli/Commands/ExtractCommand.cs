using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefly.Cli.Input;
using Briefly.Ingest.Extraction;
using Briefly.Ingest.Html;

namespace Briefly.Cli.Commands;

/// <summary>The main content of an HTML page (<see cref="ArticleExtractor"/>): title, byline, date, language, text, HTML.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An HTML file, a URL, or - for standard input", DefaultValueFactory = _ => "-" };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = FetchOption.AllowPrivateNetwork();
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of a file or standard input (utf-8, windows-1251, koi8-r, latin1, ...); detected when not given" };
        var command = new Command("extract", "Print the main content of an HTML page (title, blank line, paragraphs)");
        command.Arguments.Add(input);
        command.Options.Add(format);
        command.Options.Add(allowPrivate);
        command.Options.Add(encoding);
        command.SetAction(async (result, cancellationToken) =>
        {
            var article = Extract(await InputReader.ReadRawAsync(result.GetValue(input)!, result.GetValue(allowPrivate), result.GetValue(encoding), cancellationToken));
            if (result.GetValue(format) == "json")
                WriteJson(article);
            else
                WriteText(article);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ExtractedArticle Extract(RawInput raw)
    {
        var html = raw.Text.StartsWith('\uFEFF') ? raw.Text[1..] : raw.Text;
        if (string.IsNullOrWhiteSpace(html))
            throw new UsageException("the input is empty");
        if (!HtmlDetector.LooksLikeHtml(html))
            throw new UsageException("the input is not HTML (use 'briefly summarize' for plain text)");
        ExtractedArticle article;
        try
        {
            article = ArticleExtractor.Extract(html, raw.Url);
        }
        catch (ExtractionException e)
        {
            throw new UsageException(e.Message);
        }
        if (article.Text.Length == 0)
            throw new UsageException("the page has no article text");
        return article;
    }

    private static void WriteText(ExtractedArticle article)
    {
        Console.Out.WriteLine(article.Title ?? "");
        Console.Out.WriteLine();
        Console.Out.WriteLine(article.Text);
    }

    private static void WriteJson(ExtractedArticle article)
    {
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("title", article.Title);
        json.WriteString("byline", article.Byline);
        if (article.Published is { } published)
            json.WriteString("published", published);
        else
            json.WriteNull("published");
        json.WriteString("language", article.Language);
        json.WriteString("text", article.Text);
        json.WriteString("html", article.Html);
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
