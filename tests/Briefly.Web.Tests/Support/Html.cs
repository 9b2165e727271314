using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefly.Web.Tests.Support;

public static class Html
{
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, int status = 200)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static string Squash(this string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
