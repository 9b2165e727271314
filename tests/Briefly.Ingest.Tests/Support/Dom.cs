using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefly.Ingest.Tests.Support;

/// <summary>Reads fragments back the way a browser would, to check what the page will actually contain.</summary>
internal static class Dom
{
    public sealed record Piece(string? Id, string Text);

    public static IElement Body(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<!doctype html><html><body>" + html).Body!;

    /// <summary>The text of every span.s, grouped by its data-s, in document order.</summary>
    public static Dictionary<int, List<Piece>> Pieces(string annotated)
    {
        var pieces = new Dictionary<int, List<Piece>>();
        foreach (var span in Body(annotated).QuerySelectorAll("span.s"))
        {
            var start = int.Parse(span.GetAttribute("data-s")!, System.Globalization.CultureInfo.InvariantCulture);
            if (!pieces.TryGetValue(start, out var list))
                pieces[start] = list = [];
            list.Add(new Piece(span.GetAttribute("id"), span.TextContent));
        }
        return pieces;
    }

    /// <summary>The markup with every span.s replaced by its content and adjacent text nodes merged.</summary>
    public static string WithoutAnchors(string annotated)
    {
        var body = Body(annotated);
        foreach (var span in body.QuerySelectorAll("span.s").ToList())
        {
            while (span.FirstChild is { } child)
                span.Parent!.InsertBefore(child, span);
            span.Remove();
        }
        body.Normalize();
        return body.ChildNodes.ToHtml();
    }

    /// <summary>The markup as parsed and serialized again, adjacent text nodes merged.</summary>
    public static string Reserialized(string html)
    {
        var body = Body(html);
        body.Normalize();
        return body.ChildNodes.ToHtml();
    }

    /// <summary>Each run of whitespace as one space; nothing trimmed.</summary>
    public static string Collapse(string s)
    {
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
                b.Append(' ');
            space = false;
            b.Append(c);
        }
        if (space)
            b.Append(' ');
        return b.ToString();
    }
}
