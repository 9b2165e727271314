namespace Briefly.Web;

/// <summary>The site's URLs in one place, so pages, API and feed never disagree.</summary>
public static class Links
{
    public static string Article(string slug) => "/articles/" + Uri.EscapeDataString(slug);

    public static string Summary(string slug) => Article(slug) + "/summary";

    /// <summary>The site's copy of the article's lead image.</summary>
    public static string LeadImage(string slug) => Article(slug) + "/image";

    public static string Tag(string name) => "/tag/" + Uri.EscapeDataString(name);

    public static string ArticleImage(string slug, int number) => Article(slug) + "/images/" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ApiSummary(string slug) => "/api/articles/" + Uri.EscapeDataString(slug) + "/summary";

    public static string Category(string name) => "/category/" + Uri.EscapeDataString(name);

    public static string SentenceAnchor(int start) => "s" + start.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
