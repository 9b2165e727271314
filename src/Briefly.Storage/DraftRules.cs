namespace Briefly.Storage;

/// <summary>A draft checked and tidied the same way by every store, with what the store derives from it.</summary>
public sealed record ValidDraft(
    string Title,
    string BodyHtml,
    string BodyText,
    string Language,
    DateTimeOffset Published,
    string? SourceUrl,
    string? SourceName,
    string? ImageUrl,
    string? Author,
    string? Category,
    string? CategoryKey,
    IReadOnlyList<string> Tags,
    string? FeedGuid,
    string? Slug,
    string ContentHash,
    int WordCount);

/// <summary>Limits on what an article may hold, and the tidying every store applies before it writes.</summary>
public static class DraftRules
{
    public const int MaxTitleLength = 500;
    /// <summary>Matches the 10 MB input limit of the summarizer.</summary>
    public const int MaxBodyLength = 10_000_000;
    public const int MaxLanguageLength = 35;
    public const int MaxUrlLength = 2048;
    public const int MaxAuthorLength = 200;
    public const int MaxCategoryLength = 100;
    public const int MaxTagLength = 100;
    public const int MaxTags = 50;

    /// <summary>The earliest published time an article may carry.</summary>
    public static readonly DateTimeOffset EarliestPublished = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far ahead of the clock a published time may be (clock skew, an embargo lifting today); a time
    /// further ahead would pin the article to the top of every list until that day.</summary>
    public static readonly TimeSpan MaxPublishedAhead = TimeSpan.FromDays(1);

    /// <summary>Whether <paramref name="published"/> is between <see cref="EarliestPublished"/> and
    /// <see cref="MaxPublishedAhead"/> after <paramref name="now"/>.</summary>
    public static bool IsPlausiblePublished(DateTimeOffset published, DateTimeOffset now) =>
        published >= EarliestPublished && published <= now + MaxPublishedAhead;

    /// <summary>The key categories are grouped and filtered by: trimmed, lower-case (culture-invariant, so
    /// "Политика" and "ПОЛИТИКА" match, which SQL's ASCII-only lower() and NOCASE would not do).</summary>
    public static string? CategoryKey(string? category)
    {
        var trimmed = category?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    /// <exception cref="ArgumentException">A required field is empty or a field is too long.</exception>
    public static ValidDraft Validate(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var title = Required(draft.Title, "title", MaxTitleLength).Trim();
        // The body text is kept exactly as given: summary offsets point into it.
        var bodyText = draft.BodyText;
        if (string.IsNullOrWhiteSpace(bodyText))
            throw new ArgumentException("The article's body text is empty.", nameof(draft));
        if (bodyText.Length > MaxBodyLength)
            throw new ArgumentException($"The article's body text is longer than {MaxBodyLength} characters.", nameof(draft));
        var bodyHtml = draft.BodyHtml ?? throw new ArgumentException("The article's body HTML is missing (it may be empty).", nameof(draft));
        if (bodyHtml.Length > MaxBodyLength)
            throw new ArgumentException($"The article's body HTML is longer than {MaxBodyLength} characters.", nameof(draft));

        var language = Required(draft.Language, "language", MaxLanguageLength).Trim().ToLowerInvariant();
        if (!language.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            throw new ArgumentException($"The article's language \"{language}\" is not a language code such as \"en\" or \"ru\".", nameof(draft));
        if (draft.Published == default)
            throw new ArgumentException("The article's published time is missing.", nameof(draft));

        var category = Optional(draft.Category, "category", MaxCategoryLength);
        var slug = Optional(draft.Slug, "slug", MaxTitleLength);
        return new ValidDraft(
            title,
            bodyHtml,
            bodyText,
            language,
            draft.Published,
            Optional(draft.SourceUrl, "source URL", MaxUrlLength),
            Optional(draft.SourceName, "source name", MaxAuthorLength),
            Optional(draft.ImageUrl, "image URL", MaxUrlLength),
            Optional(draft.Author, "author", MaxAuthorLength),
            category,
            CategoryKey(category),
            Tags(draft.Tags),
            Optional(draft.FeedGuid, "feed GUID", MaxUrlLength),
            slug is null ? null : Slugs.From(slug),
            ContentHash.Of(title, bodyText),
            BodyText.CountWords(bodyText));
    }

    private static string Required(string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"The article's {what} is empty.");
        if (value.Length > maxLength)
            throw new ArgumentException($"The article's {what} is longer than {maxLength} characters.");
        return value;
    }

    private static string? Optional(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > maxLength)
            throw new ArgumentException($"The article's {what} is longer than {maxLength} characters.");
        return trimmed;
    }

    // Trimmed, empty ones dropped, duplicates (ignoring case) dropped keeping the first spelling, order kept.
    private static List<string> Tags(IReadOnlyList<string>? tags)
    {
        var result = new List<string>();
        if (tags is null)
            return result;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in tags)
        {
            var tag = Optional(raw, "tag", MaxTagLength);
            if (tag is not null && seen.Add(tag))
                result.Add(tag);
        }
        if (result.Count > MaxTags)
            throw new ArgumentException($"The article has more than {MaxTags} tags.");
        return result;
    }
}
