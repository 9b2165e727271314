using Briefly.Summarization;

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

    public static string? Language(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang) || lang.Equals("auto", StringComparison.OrdinalIgnoreCase))
            return null;
        var code = lang.Trim().ToLowerInvariant();
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
            throw new UsageException($"--lang takes 'auto' or an ISO 639-1 code such as en or ru, not '{lang}'");
        return code;
    }
}
