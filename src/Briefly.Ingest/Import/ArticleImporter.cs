using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Html;
using Briefly.Ingest.Publishing;
using Briefly.Storage;
using Briefly.Text.Languages;
using Briefly.Text.Tokenization;

namespace Briefly.Ingest.Import;

/// <summary>
/// Fetches a URL and stores what it holds: every item of a feed, or the one article of a web page.
/// Items are matched to stored articles by feed GUID, then by link, then by content hash: a match whose text
/// is unchanged is skipped, a changed one is updated (which drops its cached summaries), anything else is new.
/// An item that carries only a teaser gets the full text of its linked page, or keeps the teaser when that fails.
/// </summary>
public sealed class ArticleImporter(IArticleStore store, PageFetcher fetcher, Func<string, Uri, PageContent?> extract, TimeProvider? clock = null)
{
    /// <summary>Feed content shorter than this is a teaser: the linked page is fetched for the full text.</summary>
    public const int TeaserWords = 150;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly LeadImages _images = new(store, fetcher);

    /// <exception cref="FetchException">The URL itself could not be fetched.</exception>
    /// <exception cref="FeedFormatException">The URL looks like a feed but cannot be read as one.</exception>
    public Task<ImportReport> ImportAsync(Uri url, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(url, null, progress, cancellationToken);

    /// <summary>As <see cref="ImportAsync(Uri, Action{ImportProgress}?, CancellationToken)"/>, asking the server for
    /// the document only if it changed since the response that gave <paramref name="conditions"/>.</summary>
    public async Task<ImportReport> ImportAsync(Uri url, FetchConditions? conditions, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await fetcher.FetchAsync(url, conditions, cancellationToken);
        if (page.NotModified)
            return new ImportReport(url, "feed", []) { NotModified = true, ETag = page.ETag, LastModified = page.LastModified };
        if (!FeedParser.LooksLikeFeed(page.ContentType, page.Body))
        {
            var item = await ImportPageAsync(page, cancellationToken);
            progress?.Invoke(new ImportProgress(item, 1, 1));
            return new ImportReport(url, "page", [item]);
        }
        var feed = FeedParser.Parse(page.Body, page.Url);
        var items = new List<ImportedItem>(feed.Items.Count);
        foreach (var entry in feed.Items)
        {
            var item = await ImportItemAsync(page.Url, feed.Title, entry, cancellationToken);
            items.Add(item);
            progress?.Invoke(new ImportProgress(item, items.Count, feed.Items.Count));
        }
        return new ImportReport(url, feed.Format, items) { Title = feed.Title, ETag = page.ETag, LastModified = page.LastModified };
    }

    private async Task<ImportedItem> ImportItemAsync(Uri feedUrl, string? feedTitle, ParsedFeedItem entry, CancellationToken cancellationToken)
    {
        PageContent? linked = null;
        var guid = ScopedId(feedUrl, entry.Id) ?? entry.Link?.AbsoluteUri;
        var source = entry.Link?.AbsoluteUri ?? guid ?? entry.Title ?? "(untitled item)";
        var html = entry.ContentHtml ?? entry.SummaryHtml;
        string? title = entry.Title;
        var words = WordsIn(html);
        if (entry.Link is { } link && words < TeaserWords)
        {
            // Only a teaser in the feed: the linked page has the article. The teaser stays if the page fails.
            try
            {
                var page = await fetcher.FetchAsync(link, cancellationToken);
                linked = extract(page.Body, page.Url);
                if (linked is { } content && Tokenizer.CountWords(content.Text) > words)
                {
                    html = content.Html;
                    title ??= content.Title;
                }
            }
            catch (FetchException)
            {
            }
        }
        if (html is null)
            return new ImportedItem(source, ImportOutcome.Failed, Error: "the item has no content and its page could not be read");
        var request = new PublishRequest
        {
            Title = Fit(title, ArticlePublisher.MaxTitleLength) ?? "(untitled)",
            Html = html,
            // A channel's <language> is one value for every item, and mixed-language feeds keep it anyway:
            // the item's own text decides.
            Language = null,
            // The feed's own metadata first; what the extractor found on the linked page fills the gaps.
            Published = Plausible(entry.Published ?? linked?.Published),
            Author = Fit(entry.Author ?? linked?.Author, DraftRules.MaxAuthorLength),
            Category = entry.Categories.FirstOrDefault(c => c.Length <= DraftRules.MaxCategoryLength),
            Tags = entry.Categories.Where(c => c.Length <= DraftRules.MaxTagLength).Take(ArticlePublisher.MaxTags).ToList(),
            SourceUrl = entry.Link is { } l && l.AbsoluteUri.Length <= DraftRules.MaxUrlLength ? l.AbsoluteUri : null,
            SourceName = Fit(linked?.SiteName ?? feedTitle ?? entry.Link?.Host, DraftRules.MaxAuthorLength),
            ImageUrl = ImageAddress(linked?.Image),
        };
        return await StoreAsync(source, request, guid is { Length: <= DraftRules.MaxUrlLength } ? guid : null, cancellationToken);
    }

    private async Task<ImportedItem> ImportPageAsync(FetchedPage page, CancellationToken cancellationToken)
    {
        var source = page.Url.AbsoluteUri;
        if (extract(page.Body, page.Url) is not { } content)
            return new ImportedItem(source, ImportOutcome.Failed, Error: "no article text was found on the page");
        var request = new PublishRequest
        {
            Title = Fit(content.Title, ArticlePublisher.MaxTitleLength) ?? source,
            Html = content.Html,
            Language = LanguageCodes.FromTag(content.Language),
            Published = Plausible(content.Published),
            Author = Fit(content.Author, DraftRules.MaxAuthorLength),
            SourceUrl = source.Length <= DraftRules.MaxUrlLength ? source : null,
            SourceName = Fit(content.SiteName ?? page.Url.Host, DraftRules.MaxAuthorLength),
            ImageUrl = ImageAddress(content.Image),
        };
        return await StoreAsync(source, request, null, cancellationToken);
    }

    // A feed's or a page's clock is not ours: a date far ahead (or before 1900) becomes the time of import rather
    // than a reason to refuse the item or to pin it to the top of every list.
    private DateTimeOffset? Plausible(DateTimeOffset? published) =>
        published is { } date && DraftRules.IsPlausiblePublished(date, _clock.GetUtcNow()) ? date : null;

    private async Task<ImportedItem> StoreAsync(string source, PublishRequest request, string? guid, CancellationToken cancellationToken)
    {
        var prepared = ArticlePublisher.Prepare(request, _clock.GetUtcNow());
        if (prepared.Draft is null)
            return new ImportedItem(source, ImportOutcome.Failed, Error: prepared.Error);
        var (item, written) = await StoreLockedAsync(source, prepared.Draft with { FeedGuid = guid }, cancellationToken);
        // The lead image is fetched once the lock is let go: a slow image server must not hold up other importers.
        if (written is not null)
            await _images.KeepAsync(written, cancellationToken);
        return item;
    }

    // Look-up and store as one step among all importers on this database (two nodes polling one feed after a lease
    // ran out, an import beside the poller), so no item is stored twice. The article written, if any, comes back.
    private async Task<(ImportedItem Item, Article? Written)> StoreLockedAsync(string source, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var guid = draft.FeedGuid;
        var hash = ContentHash.Of(draft.Title, draft.BodyText);
        await using var held = await store.LockAsync("import:" + (guid ?? draft.SourceUrl ?? hash), cancellationToken);
        var existing = guid is null ? null : await store.FindByFeedGuidAsync(guid, cancellationToken);
        if (existing is null && draft.SourceUrl is { } url)
            existing = await store.FindBySourceUrlAsync(url, cancellationToken);
        if (existing is not null)
        {
            if (existing.ContentHash == hash)
                return (new ImportedItem(source, ImportOutcome.Skipped, existing.Slug), null);
            var updated = await store.UpdateAsync(existing.Id, draft with { Slug = existing.Slug }, cancellationToken);
            return (new ImportedItem(source, ImportOutcome.Updated, updated?.Slug ?? existing.Slug), updated);
        }
        // The same story under another GUID and URL (a syndicated copy, a feed that re-keys its items).
        if (await store.FindByContentHashAsync(hash, cancellationToken) is { } copy)
            return (new ImportedItem(source, ImportOutcome.Skipped, copy.Slug), null);
        var added = await store.AddAsync(draft, cancellationToken);
        return (new ImportedItem(source, ImportOutcome.New, added.Slug), added);
    }

    /// <summary>
    /// An id that is an absolute URI (a permalink, a <c>tag:</c> or <c>urn:</c>) is global as it stands; anything
    /// else ("1", "post-42") is only unique within its feed, so it is stored as <c>{feed URL}#{id}</c>.
    /// </summary>
    public static string? ScopedId(Uri feedUrl, string? id)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (string.IsNullOrWhiteSpace(id))
            return null;
        return Uri.TryCreate(id, UriKind.Absolute, out var uri) && !uri.IsFile ? id : $"{feedUrl.GetLeftPart(UriPartial.Query)}#{id}";
    }

    private static string? ImageAddress(Uri? image) => image is { } uri && uri.AbsoluteUri.Length <= DraftRules.MaxUrlLength ? uri.AbsoluteUri : null;

    private static int WordsIn(string? html) => html is null ? 0 : Tokenizer.CountWords(ArticleHtml.ToText(ArticleHtml.Sanitize(html)));

    // Feed metadata is often longer or looser than a publisher's form allows; cut it rather than lose the item.
    private static string? Fit(string? value, int limit)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= limit ? trimmed : trimmed[..limit].TrimEnd();
    }
}
