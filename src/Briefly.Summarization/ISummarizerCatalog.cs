namespace Briefly.Summarization;

/// <summary>
/// The methods a host offers, by name: the one list the site, the API, `summarize`, `eval` and the help texts read.
/// A method may be listed but disabled (it needs configuration this host lacks); asking for it says why.
/// </summary>
public interface ISummarizerCatalog
{
    /// <summary>Every method, enabled or not, in the order help texts list them (default first).</summary>
    IReadOnlyList<SummarizerEntry> Entries { get; }

    /// <summary>The method called <paramref name="name"/> (any case); otherwise false and one line saying why (unknown, or disabled and how to enable it).</summary>
    bool TryGet(string name, out ISummarizer summarizer, out string error);

    /// <summary>Whether the method called <paramref name="name"/> is on offer here: what a page asks on every render, without making an error text.</summary>
    bool IsEnabled(string name) => Entries.Any(e => e.Enabled && e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A method as a catalog lists it: enabled with its summarizer, or disabled with the reason.</summary>
public sealed record SummarizerEntry(string Name, string Description, ISummarizer? Summarizer, string? DisabledBecause = null)
{
    public bool Enabled => Summarizer is not null;
}
