namespace Briefly.Storage;

/// <summary>An article as lists show it: no body, an excerpt of its first words instead, and the content hash that
/// keys its summaries.</summary>
public sealed record ArticleListItem(
    long Id,
    string Slug,
    string Title,
    string Language,
    DateTimeOffset Published,
    string? Author,
    string? Category,
    string Excerpt,
    int WordCount,
    string ContentHash,
    bool HasImage = false);

public sealed record ArticleQuery
{
    public const int MaxPageSize = 100;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>Matched without regard to case.</summary>
    public string? Category { get; init; }
    /// <summary>Words to find in title or body (all of them); any punctuation is safe here.</summary>
    public string? Text { get; init; }
    /// <summary>Only articles with this tag, matched without regard to case.</summary>
    public string? Tag { get; init; }
}

public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>A neighbour as the Previous / Next links show it; its language marks up the title for screen readers.</summary>
public sealed record ArticleLink(long Id, string Slug, string Title, DateTimeOffset Published, string Language);

public sealed record ArticleNeighbours(ArticleLink? Previous, ArticleLink? Next);

public sealed record CategoryCount(string Name, int Count);

/// <summary>An article's address and when it last changed.</summary>
public sealed record ArticleStamp(long Id, string Slug, DateTimeOffset Updated);
