using System.Text;
using AngleSharp.Dom;
using Briefly.Ingest.Html;
using Briefly.Text;
using Briefly.Text.Chrome;

namespace Briefly.Ingest.Extraction;

/// <summary>
/// Takes furniture lines out of a sanitized article body: every block whose text <see cref="ChromeFilter"/>
/// would leave out of a summary ("Share this article", "Photo: Reuters", "Previous Article" and the title after
/// it, a byline, a bare date) is removed from the HTML, so the text and the HTML stay one another's image.
/// </summary>
internal static class ChromeBlocks
{
    // The blocks a sanitized body reads as paragraphs. Table cells are data, not furniture, and stay.
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "pre",
    };

    private static readonly string Selector = string.Join(',', Lines);

    /// <summary>The sanitized fragment without its furniture blocks (sanitized again when anything was removed).</summary>
    public static string Remove(string sanitizedHtml)
    {
        if (sanitizedHtml.Length == 0)
            return sanitizedHtml;
        using var document = BodyFragment.Parse(sanitizedHtml);
        if (document.Body is not { } body)
            return sanitizedHtml;
        var blocks = body.QuerySelectorAll(Selector).Where(b => b.QuerySelector(Selector) is null).ToList();
        // One line per block, or several when line breaks divide it; a block goes only when all its lines are chrome.
        var text = new StringBuilder();
        var lines = new List<(int Block, int Start)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (var segment in Segments(blocks[i]))
            {
                if (text.Length > 0)
                    text.Append('\n');
                var start = text.Length;
                AppendCollapsed(segment, text);
                if (text.Length > start)
                    lines.Add((i, start));
            }
        }
        var kept = new List<TextSpan>();
        ChromeFilter.ContentParagraphs(text.ToString(), kept);
        var keptStarts = kept.Select(s => s.Start).ToHashSet();
        var keep = new bool[blocks.Count];
        var hasLine = new bool[blocks.Count];
        foreach (var (block, start) in lines)
        {
            hasLine[block] = true;
            keep[block] |= keptStarts.Contains(start);
        }
        var removed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!hasLine[i] || keep[i])
                continue;
            RemoveWithEmptyParents(blocks[i], body);
            removed = true;
        }
        return removed ? ArticleHtml.Sanitize(BodyFragment.Serialize(body)) : sanitizedHtml;
    }

    private static void RemoveWithEmptyParents(IElement block, IElement body)
    {
        var parent = block.ParentElement;
        block.Remove();
        while (parent is not null && parent != body && !BlockNormalizer.HasReadableContent(parent))
        {
            var next = parent.ParentElement;
            parent.Remove();
            parent = next;
        }
    }

    // The block's text split at its line breaks.
    private static List<string> Segments(IElement block)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        Walk(block);
        segments.Add(current.ToString());
        return segments;

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    current.Append(t.Data);
                }
                else if (child is IElement { LocalName: "br" })
                {
                    segments.Add(current.ToString());
                    current.Clear();
                }
                else if (child is IElement)
                {
                    Walk(child);
                }
            }
        }
    }

    // One line: whitespace runs (line breaks included) become one space, none at the ends.
    private static void AppendCollapsed(string text, StringBuilder into)
    {
        var start = into.Length;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = into.Length > start;
                continue;
            }
            if (space)
                into.Append(' ');
            space = false;
            into.Append(c);
        }
    }
}
