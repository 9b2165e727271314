using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Summarization;

/// <summary>The catalog of <see cref="ISummarizer"/>s registered in a container, plus the methods known but disabled.</summary>
public sealed class SummarizerCatalog : ISummarizerCatalog
{
    public SummarizerCatalog(IEnumerable<ISummarizer> summarizers, IEnumerable<SummarizerEntry>? disabled = null)
    {
        ArgumentNullException.ThrowIfNull(summarizers);
        var entries = summarizers.Select(s => new SummarizerEntry(s.Name, s.Description, s)).ToList();
        entries.AddRange((disabled ?? []).Where(d => !entries.Any(e => e.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase))));
        Entries = entries;
        _choices = string.Join(", ", entries.Where(e => e.Enabled).Select(e => e.Name));
    }

    // What an error suggests instead: fixed once the catalog is, and asked for on every request.
    private readonly string _choices;

    public IReadOnlyList<SummarizerEntry> Entries { get; }

    public bool TryGet(string name, out ISummarizer summarizer, out string error)
    {
        ArgumentNullException.ThrowIfNull(name);
        var entry = Entries.FirstOrDefault(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        summarizer = entry?.Summarizer!;
        error = entry switch
        {
            null => $"unknown method '{name}'; use one of: {_choices}",
            { Enabled: false } => $"method '{entry.Name}' is disabled: {entry.DisabledBecause}; use one of: {_choices}",
            _ => "",
        };
        return entry is { Enabled: true };
    }
}

/// <summary>Registers the summarization methods a host offers.</summary>
public static class SummarizationServices
{
    /// <summary>
    /// The built-in methods and the <see cref="ISummarizerCatalog"/>, which also lists every <see cref="ISummarizer"/>
    /// and disabled <see cref="SummarizerEntry"/> registered after this (the language-model method registers one or
    /// the other, depending on its configuration).
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var summarizer in Summarizers.BuiltIn)
            services.AddSingleton<ISummarizer>(summarizer);
        services.AddSingleton<ISummarizerCatalog>(sp => new SummarizerCatalog(sp.GetServices<ISummarizer>(), sp.GetServices<SummarizerEntry>()));
        return services;
    }
}
