namespace Briefly.Ingest.Import;

public enum ImportOutcome
{
    New,
    Updated,
    Skipped,
    Failed,
}

/// <summary>What happened to one feed item or page: its source (link, GUID or title), the outcome, and why it failed.</summary>
public sealed record ImportedItem(string Source, ImportOutcome Outcome, string? Slug = null, string? Error = null);

/// <summary>One item done: <paramref name="Done"/> of the URL's <paramref name="Total"/> items.</summary>
public sealed record ImportProgress(ImportedItem Item, int Done, int Total);

/// <summary>
/// The items of one imported URL, in feed order, with the feed's title and the validators for the next
/// conditional request. <see cref="NotModified"/>: the server said nothing changed, and there are no items.
/// </summary>
public sealed record ImportReport(Uri Url, string Kind, IReadOnlyList<ImportedItem> Items)
{
    public string? Title { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public bool NotModified { get; init; }

    public int Count(ImportOutcome outcome) => Items.Count(i => i.Outcome == outcome);
}
