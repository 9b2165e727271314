using Briefly.Storage;

namespace Briefly.Web.Api;

/// <summary>An article as the API lists it.</summary>
public sealed record ArticleItemResource(
    long Id, string Slug, string Title, string Language, DateTimeOffset Published, string? Author, string? Category,
    string Excerpt, int WordCount, string Url, string SummaryUrl)
{
    public static ArticleItemResource From(ArticleListItem a) =>
        new(a.Id, a.Slug, a.Title, a.Language, a.Published, a.Author, a.Category, a.Excerpt, a.WordCount, Links.Article(a.Slug), Links.ApiSummary(a.Slug));
}

public sealed record ArticlePageResource(IReadOnlyList<ArticleItemResource> Items, int Page, int PageSize, int TotalCount, int TotalPages);

/// <summary>One article with its body, as `GET /api/articles/{slug}` gives it.</summary>
public sealed record ArticleResource(
    long Id, string Slug, string Title, string Language, DateTimeOffset Published, string? Author, string? Category,
    IReadOnlyList<string> Tags, string? SourceUrl, string? SourceName, string? ImageUrl, string? Image, int WordCount, string ContentHash,
    DateTimeOffset Updated, string Html, string Text, string Url, string SummaryUrl)
{
    /// <param name="a">The article; <c>image</c> is the site's own copy of its lead image, <c>imageUrl</c> where it came from.</param>
    public static ArticleResource From(Article a) =>
        new(a.Id, a.Slug, a.Title, a.Language, a.Published, a.Author, a.Category, a.Tags, a.SourceUrl, a.SourceName, a.ImageUrl,
            a.HasImage ? Links.LeadImage(a.Slug) : null, a.WordCount, a.ContentHash, a.Updated, a.BodyHtml, a.BodyText,
            Links.Article(a.Slug), Links.ApiSummary(a.Slug));
}

/// <summary>The body of `POST /api/summarize`.</summary>
public sealed record SummarizeRequest
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Lang { get; init; }
    public int? Sentences { get; init; }
    public int? Words { get; init; }
    public double? Ratio { get; init; }
    public string? Length { get; init; }
    public string? Method { get; init; }
}

/// <summary>The summary JSON (as `briefly summarize --format json`), described for the OpenAPI document.</summary>
public sealed record SummaryResource(string Language, string Method, IReadOnlyList<SummarySentenceResource> Sentences, int SourceSentences, int SourceWords);

/// <summary>One summary sentence: its exact text and UTF-16 span in the article's text, its index among the source sentences, its score.</summary>
public sealed record SummarySentenceResource(string Text, int Start, int Length, int Index, double Score);
