using Briefly.Ingest.Fetching;
using Briefly.Storage;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;
using StoredFeed = Briefly.Storage.Feed;

namespace Briefly.Web.Api;

/// <summary>`/api/feeds`: subscribe to feeds (requires X-Api-Key) and see how their polling goes.</summary>
public static class FeedsApi
{
    public const int MinIntervalMinutes = 5;
    public const int MaxIntervalMinutes = 24 * 60;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/feeds").WithTags("Feeds");
        group.MapRead("/", ListAsync)
            .WithSummary("Subscribed feeds with their polling status (last success, last error, next poll)")
            .Produces<FeedResource[]>();
        group.MapRead("/{id:long}", GetAsync)
            .WithSummary("One feed with its polling status")
            .Produces<FeedResource>()
            .ProducesProblem(404);
        group.MapDelete("/{id:long}", DeleteAsync)
            .WithSummary("Unsubscribe from a feed (requires X-Api-Key); the articles it brought stay")
            .Produces(204)
            .ProducesProblem(404)
            .RequiresApiKey();
        group.MapPost("/", AddAsync)
            .WithSummary("Subscribe to an RSS, Atom or JSON feed (requires X-Api-Key); it is polled at once, then every intervalMinutes")
            .Produces<FeedResource>(201)
            .Produces<FeedResource>(200)
            .AcceptsJson<FeedRequest>()
            .RequiresApiKey();
    }

    private static async Task<IResult> ListAsync(IArticleStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListFeedsAsync(cancellationToken)).Select(FeedResource.From).ToArray());

    private static async Task<IResult> GetAsync(long id, IArticleStore store, CancellationToken cancellationToken) =>
        await store.GetFeedAsync(id, cancellationToken) is { } feed ? TypedResults.Ok(FeedResource.From(feed)) : NoSuchFeed(id);

    private static async Task<IResult> DeleteAsync(long id, IArticleStore store, CancellationToken cancellationToken) =>
        await store.DeleteFeedAsync(id, cancellationToken) ? TypedResults.NoContent() : NoSuchFeed(id);

    private static IResult NoSuchFeed(long id) => Problems.NotFound($"no feed has the id {id}");

    private static async Task<IResult> AddAsync(
        HttpRequest request, JsonBody body, IArticleStore store, PageFetcher fetcher, IOptions<SiteOptions> options, CancellationToken cancellationToken)
    {
        var (feed, error) = await body.ReadAsync<FeedRequest>(request, cancellationToken);
        if (error is not null)
            return error;
        if (feed!.Url is not { } text || text.Length > DraftRules.MaxUrlLength
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return Problems.BadRequest($"url must be an absolute http or https URL of at most {DraftRules.MaxUrlLength} characters");
        var minutes = feed.IntervalMinutes ?? options.Value.Feeds.DefaultIntervalMinutes;
        if (minutes is < MinIntervalMinutes or > MaxIntervalMinutes)
            return Problems.BadRequest($"intervalMinutes must be from {MinIntervalMinutes} to {MaxIntervalMinutes}");
        // Refused now rather than accepted and then failing at every poll.
        if (await fetcher.RefusalAsync(url, cancellationToken) is { } refusal)
            return Problems.BadRequest(refusal);
        var (stored, created) = await store.AddFeedAsync(url.AbsoluteUri, TimeSpan.FromMinutes(minutes), cancellationToken);
        var resource = FeedResource.From(stored);
        return created ? TypedResults.Created($"/api/feeds/{stored.Id}", resource) : TypedResults.Ok(resource);
    }
}

/// <summary>A feed to subscribe to.</summary>
public sealed record FeedRequest(string? Url, int? IntervalMinutes);

/// <summary>A subscribed feed and its polling status. The URL's password, if it has one, is never shown.</summary>
public sealed record FeedResource(
    long Id,
    string Url,
    string? Title,
    int IntervalMinutes,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastError,
    string? LastErrorMessage,
    int Failures,
    DateTimeOffset NextPoll)
{

    public static FeedResource From(StoredFeed f)
    {
        var (url, message) = (f.Url, f.LastErrorMessage);
        // Feeds behind HTTP basic authentication carry user:password in their URL, and fetch errors quote the
        // URL; the list is public, so the password is masked wherever it appears.
        if (Uri.TryCreate(f.Url, UriKind.Absolute, out var parsed) && parsed.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            var masked = parsed.UserInfo.Split(':')[0] + ":***";
            url = f.Url.Replace(parsed.UserInfo + "@", masked + "@", StringComparison.Ordinal);
            message = message?.Replace(parsed.UserInfo + "@", masked + "@", StringComparison.Ordinal);
        }
        return new(f.Id, url, f.Title, (int)f.Interval.TotalMinutes, f.LastPolled, f.LastSuccess, f.LastError, message, f.Failures, f.NextPoll);
    }
}
