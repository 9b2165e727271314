using System.CommandLine;
using Briefly.Summarization;

namespace Briefly.Cli.Commands;

/// <summary>--sentences / --words / --ratio: at most one, validated, shared by the commands that summarize.</summary>
public sealed class LengthOptions
{
    public Option<int?> Sentences { get; } = new("--sentences", "-n") { Description = "Summary length in sentences (default 3)" };
    public Option<int?> Words { get; } = new("--words") { Description = "Summary length budget in words" };
    public Option<double?> Ratio { get; } = new("--ratio") { Description = "Summary length as a fraction of the article's words (0 < R <= 1)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Sentences);
        command.Options.Add(Words);
        command.Options.Add(Ratio);
    }

    public SummaryLength Read(ParseResult result, int defaultSentences = 3)
    {
        var sentences = result.GetValue(Sentences);
        var words = result.GetValue(Words);
        var ratio = result.GetValue(Ratio);
        var given = (sentences.HasValue ? 1 : 0) + (words.HasValue ? 1 : 0) + (ratio.HasValue ? 1 : 0);
        if (given > 1)
            throw new UsageException("give only one of --sentences, --words and --ratio");
        if (sentences is { } n)
            return n is >= 1 and <= 1000 ? SummaryLength.Sentences(n) : throw new UsageException("--sentences must be between 1 and 1000");
        if (words is { } w)
            return w is >= 1 and <= 100_000 ? SummaryLength.Words(w) : throw new UsageException("--words must be between 1 and 100000");
        if (ratio is { } r)
            return r is > 0 and <= 1 ? SummaryLength.Ratio(r) : throw new UsageException("--ratio must be greater than 0 and at most 1");
        return SummaryLength.Sentences(defaultSentences);
    }
}
