using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefly.Ingest.Html;

/// <summary>The readable text of an HTML document: block elements become paragraphs, scripts and styles are dropped.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head", "button", "select", "form", "nav", "footer", "aside",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "figure", "figcaption", "dd", "dt", "dl", "br", "hr", "address", "body",
    };

    public static HtmlDocumentText Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var builder = new StringBuilder(html.Length / 2);
        if (document.Body is { } body)
            Walk(body, builder);
        var title = Collapse(document.Title ?? document.QuerySelector("h1")?.TextContent ?? "");
        return new HtmlDocumentText(title.Length == 0 ? null : title, Normalize(builder));
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block)
                        text.Append('\n');
                    Walk(e, text);
                    if (block)
                        text.Append('\n');
                    break;
            }
        }
    }

    // Whitespace inside a paragraph collapses to one space; paragraphs are separated by exactly one "\n".
    private static string Normalize(StringBuilder raw)
    {
        var output = new StringBuilder(raw.Length);
        var line = new StringBuilder();
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                    Flush();
                else
                    line.Append(c);
            }
        }
        Flush();
        return output.ToString();

        void Flush()
        {
            var collapsed = Collapse(line.ToString());
            line.Clear();
            if (collapsed.Length == 0)
                return;
            if (output.Length > 0)
                output.Append('\n');
            output.Append(collapsed);
        }
    }

    private static string Collapse(string s)
    {
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }
            if (space)
                b.Append(' ');
            space = false;
            b.Append(c);
        }
        return b.ToString();
    }
}

public sealed record HtmlDocumentText(string? Title, string Text);
