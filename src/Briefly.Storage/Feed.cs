namespace Briefly.Storage;

/// <summary>A subscribed feed and how its polling goes.</summary>
public sealed record Feed
{
    public required long Id { get; init; }
    public required string Url { get; init; }
    public string? Title { get; init; }
    public required TimeSpan Interval { get; init; }
    /// <summary>Validators of the last full response, sent back on the next poll (conditional GET).</summary>
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastPolled { get; init; }
    public DateTimeOffset? LastSuccess { get; init; }
    public DateTimeOffset? LastError { get; init; }
    /// <summary>The last failure's one-line message; null once a poll succeeds again.</summary>
    public string? LastErrorMessage { get; init; }
    /// <summary>Failed polls in a row; the poller backs off with it.</summary>
    public int Failures { get; init; }
    public required DateTimeOffset NextPoll { get; init; }
    public required DateTimeOffset Created { get; init; }
}

/// <summary>The outcome of one poll. On success the validators and title replace the stored ones.</summary>
public sealed record FeedPoll
{
    public required bool Succeeded { get; init; }
    public string? Title { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? Error { get; init; }
    public required DateTimeOffset NextPoll { get; init; }
}
