using System.CommandLine;
using Briefly.Summarization;

namespace Briefly.Cli.Commands;

/// <summary>--length / --sentences / --words / --ratio: at most one, read by <see cref="SummaryLengths"/> as the API reads them.</summary>
public sealed class LengthOptions
{
    /// <summary>The CLI's limits: a file may be a book.</summary>
    public static LengthLimits Limits { get; } = new(MaxSentences: 1000, MaxWords: 100_000, FieldPrefix: "--");

    public Option<string?> Length { get; } = new("--length") { Description = "A preset: short (1 sentence), medium (3) or long (a quarter of the words)" };
    public Option<string?> Sentences { get; } = new("--sentences", "-n") { Description = "Summary length in sentences (default 3)" };
    public Option<string?> Words { get; } = new("--words") { Description = "Summary length budget in words" };
    public Option<string?> Ratio { get; } = new("--ratio") { Description = "Summary length as a fraction of the article's words (0 < R <= 1)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Length);
        command.Options.Add(Sentences);
        command.Options.Add(Words);
        command.Options.Add(Ratio);
    }

    /// <exception cref="UsageException">More than one length, or one out of range.</exception>
    public SummaryLength Read(ParseResult result) =>
        SummaryLengths.TryParse(result.GetValue(Length), result.GetValue(Sentences), result.GetValue(Words), result.GetValue(Ratio), Limits, out var length, out var error)
            ? length
            : throw new UsageException(error);
}
