using System.CommandLine;
using Briefly.Cli.Input;
using Briefly.Cli.Output;
using Briefly.Summarization;

namespace Briefly.Cli.Commands;

public static class SummarizeCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A file, a URL, or - for standard input", DefaultValueFactory = _ => "-" };
        var length = new LengthOptions();
        var lang = new Option<string>("--lang") { Description = "Language: auto, or an ISO 639-1 code (en, ru, de, ...)", DefaultValueFactory = _ => "auto" };
        var method = new Option<string>("--method", "-m") { Description = MethodOption.Description, DefaultValueFactory = _ => "default" };
        var format = new Option<string>("--format", "-f") { Description = "text, json or markdown", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var title = new Option<string?>("--title") { Description = "The article's headline, a hint for the ranker (HTML input supplies its own)" };
        var allowPrivate = FetchOption.AllowPrivateNetwork();
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of a file or standard input (utf-8, windows-1251, koi8-r, latin1, ...); detected when not given" };

        var command = new Command("summarize", "Summarize an article (plain text or HTML) from a file, a URL or standard input");
        command.Arguments.Add(input);
        length.AddTo(command);
        command.Options.Add(lang);
        command.Options.Add(method);
        command.Options.Add(format);
        command.Options.Add(title);
        command.Options.Add(allowPrivate);
        command.Options.Add(encoding);
        command.SetAction(async (result, cancellationToken) =>
        {
            var summaryLength = length.Read(result);
            var summarizer = MethodOption.Resolve(result.GetValue(method)!);
            var language = MethodOption.Language(result.GetValue(lang));
            var text = await InputReader.ReadAsync(result.GetValue(input)!, result.GetValue(allowPrivate), result.GetValue(encoding), cancellationToken);
            if (string.IsNullOrWhiteSpace(text.Text))
                throw new UsageException(text.WasHtml ? "the HTML has no body text to summarize" : "the input is empty");
            var summary = await summarizer.SummarizeAsync(new SummaryRequest(text.Text, new SummaryOptions
            {
                Length = summaryLength,
                Language = language,
                Title = result.GetValue(title) ?? text.Title,
            }), cancellationToken);
            if (summary.Sentences.Count == 0)
                throw new UsageException("the input has no sentences to summarize (only markup, site furniture or symbols)");
            if (summary.Fallback is { } reason)
                await Console.Error.WriteLineAsync($"briefly: the {summarizer.Name} summary could not be served ({reason}); this is the {summary.Method} summary");
            SummaryWriter.Write(Console.Out, summary, result.GetValue(format)!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
