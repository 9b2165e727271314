using Briefly.Summarization;
using Briefly.Summarization.Llm;
using Briefly.Text.Languages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Cli.Commands;

/// <summary>`--method` and `--lang` as every command reads them; the methods come from the one catalog the site uses too.</summary>
public static class MethodOption
{
    /// <summary>The methods, <c>llm</c> configured as the server's is: <c>Briefly__Llm__Endpoint</c>, <c>Briefly__Llm__Model</c>, ... in the environment.</summary>
    public static ISummarizerCatalog Catalog { get; } = new ServiceCollection()
        .AddSummaries(new ConfigurationBuilder().AddEnvironmentVariables().Build())
        .BuildServiceProvider()
        .GetRequiredService<ISummarizerCatalog>();

    /// <summary>The method's help text: the methods on offer, and those disabled here with why.</summary>
    public static string Description =>
        "One of: " + string.Join(", ", Catalog.Entries.Where(e => e.Enabled).Select(e => e.Name))
        + string.Concat(Catalog.Entries.Where(e => !e.Enabled).Select(e => $" ({e.Name}: {e.DisabledBecause})"));

    /// <exception cref="UsageException">No such method, or one disabled here.</exception>
    public static ISummarizer Resolve(string name) =>
        Catalog.TryGet(name, out var summarizer, out var error) ? summarizer : throw new UsageException(error);

    public static string? Language(string? lang) =>
        LanguageCodes.TryParse(lang, out var code)
            ? code
            : throw new UsageException($"--lang takes 'auto' or an ISO 639-1 code such as en or ru, not '{lang}'");
}
