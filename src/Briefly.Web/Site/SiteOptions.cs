namespace Briefly.Web.Site;

/// <summary>The `Briefly` configuration section (appsettings, environment `Briefly__...`, command line).</summary>
public sealed class SiteOptions
{
    public const string Section = "Briefly";

    /// <summary>A file path (the embedded database, created when missing) or a PostgreSQL URI (postgres://user:password@host:port/database).</summary>
    public string Database { get; set; } = "briefly.db";

    /// <summary>
    /// Redis (host:port, or a StackExchange.Redis configuration string) shared by several nodes: the second level of
    /// the summary and article caches, the channel that drops a changed article on every node, and the per-client
    /// budgets. Empty: one node, everything in this process's memory.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Seed the demo articles into an empty database.</summary>
    public bool Demo { get; set; }

    /// <summary>Keys accepted in `X-Api-Key` by write endpoints; none configured means writes are refused.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>Request bodies above this get 413.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    public int PageSize { get; set; } = 10;

    public string SiteName { get; set; } = "Briefly";

    /// <summary>
    /// The interface language of lists, search and other pages, and of articles in a language the site has no
    /// interface text for (ISO 639-1: "en" or "ru"; any other falls back to English).
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>POST /api/summarize calls per client address and minute; 0 turns the limit off.</summary>
    public int SummarizePerMinute { get; set; } = 600;

    /// <summary>
    /// Words of input POST /api/summarize accepts per client address and minute (a minute's worth may come at
    /// once); 0 turns the limit off. The default is about 600 news articles, or a few very long texts.
    /// </summary>
    public int SummarizeWordsPerMinute { get; set; } = 500_000;

    /// <summary>Memory for cached articles, bodies and summaries, in megabytes.</summary>
    public int MemoryCacheMegabytes { get; set; } = 128;

    /// <summary>The site's public address (e.g. https://news.example.org) for absolute links in the feed; by default the request's own.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Host names the site answers to (news.example.org, *.example.org); a request for any other Host gets 400.
    /// Empty: any host, which is fine on 127.0.0.1 but not on a public address without <see cref="BaseUrl"/>.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks such as 10.0.0.0/8) whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed: the client address (for rate limits) and scheme then come from them.
    /// Empty: forwarded headers are ignored, as any client could send them.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    public FetchSection Fetch { get; } = new();

    public FeedsSection Feeds { get; } = new();

    public sealed class FeedsSection
    {
        /// <summary>How often the poller looks for due feeds; 0 turns background polling off.</summary>
        public int CheckSeconds { get; set; } = 30;

        /// <summary>
        /// How long a node that took a due feed has to poll it before another node may take it (should the first
        /// have died): longer than a feed's fetch and import.
        /// </summary>
        public int LeaseSeconds { get; set; } = 600;

        /// <summary>The polling interval of a feed added without one.</summary>
        public int DefaultIntervalMinutes { get; set; } = 30;
    }

    public sealed class FetchSection
    {
        public bool AllowPrivateNetwork { get; set; }
    }
}
