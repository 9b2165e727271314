namespace Briefly.Ingest.Html;

/// <summary>
/// A cheap linear scan that refuses HTML built to be expensive before any parser sees it. HTML parsers (AngleSharp
/// among them) slow down with the square of nesting depth, so 100,000 nested tags cost minutes of CPU; and
/// AngleSharp finds a node's next sibling by its index among its parent's children, so SmartReader and
/// HtmlSanitizer, which walk and remove siblings, slow down with the square of an element's child count (50,000
/// empty &lt;i&gt; in one body took 30 s to extract). Real pages nest a few dozen levels (browsers stop at 512), put
/// a few hundred elements side by side and have up to about 10,000 elements in all; the limits leave room for three
/// times that, and the worst shapes within them extract in about 1.5 s.
/// </summary>
public static class HtmlLimits
{
    public const int MaxDepth = 512;
    public const int MaxElements = 30_000;

    /// <summary>
    /// Elements side by side at one level. Counted per level of elements that need an end tag, so the contents of
    /// paragraphs and list items (whose end tags may be implied) count with their siblings: generous on purpose.
    /// </summary>
    public const int MaxSideBySide = 4_000;

    // Elements that never hold content, or whose end tag the parser implies from the next sibling
    // (<p>, <li>, <td> ... left open on old pages), cannot build a deep tree however many there are.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatNames = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "plaintext"];

    private static readonly string[] RawTextEnds = [.. RawText.Select(name => "</" + name)];

    /// <summary>Null when the HTML is within the limits, otherwise the reason in one line.</summary>
    public static string? Check(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var elements = 0;
        // Elements opened so far at each level; a level's count starts again when an element opens it.
        var sideBySide = new int[MaxDepth + 2];
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (next == '!')
            {
                var end = html.AsSpan(i).StartsWith("<!--") ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
                nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
                break;
            var flat = FlatNames.Contains(name);
            if (closing)
            {
                if (!flat && depth > 0)
                    depth--;
                i = tagEnd + 1;
                continue;
            }
            if (++elements > MaxElements)
                return $"the HTML has more than {MaxElements:N0} elements";
            if (++sideBySide[depth] > MaxSideBySide)
                return $"the HTML has more than {MaxSideBySide:N0} elements side by side in one element";
            var selfClosing = html[tagEnd - 1] == '/';
            if (!flat && !selfClosing)
            {
                if (++depth > MaxDepth)
                    return $"the HTML nests elements more than {MaxDepth} deep";
                sideBySide[depth] = 0;
            }
            i = SkipRawText(html, name, tagEnd + 1, ref depth);
        }
        return null;
    }

    // Inside <script>, <style> and the like, '<' is text: skip to the matching end tag.
    private static int SkipRawText(string html, ReadOnlySpan<char> name, int from, ref int depth)
    {
        for (var k = 0; k < RawText.Length; k++)
        {
            if (!name.Equals(RawText[k], StringComparison.OrdinalIgnoreCase))
                continue;
            var end = html.IndexOf(RawTextEnds[k], from, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
                return html.Length;
            depth = Math.Max(0, depth - 1);
            var close = html.IndexOf('>', end);
            return close < 0 ? html.Length : close + 1;
        }
        return from;
    }
}
