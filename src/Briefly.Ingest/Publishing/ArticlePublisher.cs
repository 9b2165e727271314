using Briefly.Ingest.Html;
using Briefly.Storage;
using Briefly.Text.Languages;
using Briefly.Text.Tokenization;

namespace Briefly.Ingest.Publishing;

/// <summary>Turns what a publisher sends into a draft the store accepts: sanitized HTML, its text, a language.</summary>
public static class ArticlePublisher
{
    // Stricter than the store where a page needs it (a headline, a tag row); the store's own limits otherwise,
    // so that anything accepted here is accepted by the store and never turns into a 500.
    public const int MaxTitleLength = 300;
    public const int MaxTags = 20;
    public const int MaxSlugLength = 200;

    /// <summary>A draft, or the reason there is none and whether it is bad input (400) or unusable text (422).</summary>
    public static PublishResult Prepare(PublishRequest request, DateTimeOffset now)
    {
        var title = Clean(request.Title)?.Trim();
        if (string.IsNullOrEmpty(title))
            return PublishResult.Bad("title is required");
        if (title.Length > MaxTitleLength)
            return PublishResult.Bad($"title is longer than {MaxTitleLength} characters");
        if ((request.Html is null) == (request.Text is null))
            return PublishResult.Bad("give the body as exactly one of html and text");
        if (TooLong(request.Author, DraftRules.MaxAuthorLength) || TooLong(request.SourceName, DraftRules.MaxAuthorLength)
            || TooLong(request.Category, DraftRules.MaxCategoryLength) || TooLong(request.Slug, MaxSlugLength))
            return PublishResult.Bad($"author, sourceName and slug are limited to {DraftRules.MaxAuthorLength} characters, category to {DraftRules.MaxCategoryLength}");
        var tags = (request.Tags ?? []).Select(t => Clean(t)?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (tags.Length > MaxTags || tags.Any(t => t.Length > DraftRules.MaxTagLength))
            return PublishResult.Bad($"at most {MaxTags} tags of at most {DraftRules.MaxTagLength} characters");
        if (request.SourceUrl is { } source && !IsWebUrl(source))
            return PublishResult.Bad($"sourceUrl must be an absolute http or https URL of at most {DraftRules.MaxUrlLength} characters");
        if (request.ImageUrl is { } image && !IsWebUrl(image))
            return PublishResult.Bad($"imageUrl must be an absolute http or https URL of at most {DraftRules.MaxUrlLength} characters");
        if (request.Published is { } published && !DraftRules.IsPlausiblePublished(published, now))
            return PublishResult.Bad($"published must be between {DraftRules.EarliestPublished:yyyy-MM-dd} and a day from now");
        if (request.Html is not null && HtmlLimits.Check(request.Html) is { } tooComplex)
            return PublishResult.Unusable(tooComplex);

        var html = request.Html is not null ? ArticleHtml.Sanitize(request.Html) : ArticleHtml.FromPlainText(request.Text!);
        var text = ArticleHtml.ToText(html);
        if (Tokenizer.CountWords(text) == 0)
            return PublishResult.Unusable("the body has no words once its markup is removed");

        if (!LanguageCodes.TryParse(request.Language, out var language))
            return PublishResult.Bad("language must be an ISO 639-1 code such as en or ru, or auto");
        language ??= LanguageDetector.Detect(text);

        return PublishResult.Ok(new ArticleDraft
        {
            Title = title,
            BodyHtml = html,
            BodyText = text,
            Language = language,
            Published = (request.Published ?? now).ToUniversalTime(),
            Author = Blank(Clean(request.Author)),
            Category = Blank(Clean(request.Category)),
            Tags = tags,
            SourceUrl = request.SourceUrl,
            SourceName = Blank(Clean(request.SourceName)),
            ImageUrl = request.ImageUrl,
            Slug = Blank(request.Slug),
        });
    }

    private static bool IsWebUrl(string url) =>
        url.Length <= DraftRules.MaxUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https";

    // Control characters have no place in a headline or a name, and XML (the site's feed) cannot carry them.
    private static string? Clean(string? s) =>
        s is null || !s.Any(char.IsControl) ? s : new string(s.Where(c => !char.IsControl(c)).ToArray());

    private static bool TooLong(string? s, int limit) => s is not null && s.Length > limit;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A draft, or why there is none: <see cref="BadInput"/> (HTTP 400) or <see cref="UnusableInput"/> (422).</summary>
public sealed record PublishResult(ArticleDraft? Draft, int Status, string? Error)
{
    public static PublishResult Ok(ArticleDraft draft) => new(draft, 200, null);

    public const int BadInput = 400;
    public const int UnusableInput = 422;

    public static PublishResult Bad(string error) => new(null, BadInput, error);

    public static PublishResult Unusable(string error) => new(null, UnusableInput, error);
}
