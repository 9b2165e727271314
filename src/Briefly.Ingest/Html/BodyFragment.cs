using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Briefly.Ingest.Html;

/// <summary>How a body fragment is read and written, the same way everywhere so offsets survive a round trip.</summary>
internal static class BodyFragment
{
    // Scripting on, as in a browser: that decides how noscript parses, and the page is what readers see.
    private static readonly HtmlParserOptions Options = new() { IsScripting = true };

    /// <summary>The fragment parsed into a document of its own; the caller disposes it.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser(Options).ParseDocument("<!doctype html><html><body>" + html);

    /// <summary>The body's inner HTML, with the sanitizer's formatter (it also escapes &lt; and &gt; in attributes).</summary>
    public static string Serialize(IElement body) => body.ChildNodes.ToHtml(HtmlFormatter.Instance);
}
