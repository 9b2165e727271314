using Briefly.Summarization;
using Briefly.Text.Languages;

namespace Briefly.Cli.Commands;

public static class MethodOption
{
    public static ExtractiveSummarizer Resolve(string name)
    {
        if (Summarizers.TryGet(name, out var summarizer))
            return summarizer;
        if (name.Equals("llm", StringComparison.OrdinalIgnoreCase))
            throw new UsageException("method 'llm' needs an LLM endpoint, which this build does not configure yet; use default, lead, textrank or lexrank");
        throw new UsageException($"unknown method '{name}'; use one of: {string.Join(", ", Summarizers.Names)}");
    }

    public static string? Language(string? lang) =>
        LanguageCodes.TryParse(lang, out var code)
            ? code
            : throw new UsageException($"--lang takes 'auto' or an ISO 639-1 code such as en or ru, not '{lang}'");
}
