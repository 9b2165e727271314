using Briefly.Storage;

namespace Briefly.Web.Pages;

/// <summary>What every page's header and footer show: the site's name and its sections.</summary>
public sealed record SiteChrome(string SiteName, IReadOnlyList<CategoryCount> Categories, string? CurrentCategory = null, string? Query = null);
