namespace Briefly.Storage.Testing;

/// <summary>Short articles written for these tests.</summary>
public static class Drafts
{
    public static readonly DateTimeOffset Noon = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    public static ArticleDraft Make(
        string title = "Council approves new bridge",
        string? text = null,
        DateTimeOffset? published = null,
        string? category = null,
        string language = "en",
        IReadOnlyList<string>? tags = null,
        string? sourceUrl = null,
        string? slug = null,
        string? feedGuid = null) => new()
        {
            Title = title,
            BodyText = text ?? "The city council approved the new bridge on Tuesday.\nWork starts in May.",
            BodyHtml = "<p>" + (text ?? "The city council approved the new bridge on Tuesday.</p><p>Work starts in May.") + "</p>",
            Language = language,
            Published = published ?? Noon,
            Category = category,
            Tags = tags ?? [],
            SourceUrl = sourceUrl,
            Slug = slug,
            FeedGuid = feedGuid,
        };
}
