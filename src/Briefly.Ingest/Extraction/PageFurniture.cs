using AngleSharp.Dom;

namespace Briefly.Ingest.Extraction;

/// <summary>
/// Removes page furniture from a parsed page before the main content is chosen: share and subscribe blocks,
/// figure captions and photo credits, and "Read more" links. Blocks are recognised by their class or id and
/// only when short, so a wrapper that merely carries such a class around the article is never taken out.
/// </summary>
internal static class PageFurniture
{
    // A share bar or a newsletter box is a few words; anything longer is content that happens to carry the class.
    private const int MaxBlockChars = 300;

    private const int MaxCaptionChars = 500;

    // Parts of a class or id ("social-share", "newsletter_signup") that name a share or subscribe block.
    private static readonly HashSet<string> ShareParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "sharing", "sharebar", "sharetools", "sharethis", "sharedaddy", "addthis", "social", "socials",
        "subscribe", "subscription", "newsletter", "newsletters", "signup", "follow",
    };

    private static readonly HashSet<string> CaptionParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "figcaption", "credit", "credits", "photocredit",
    };

    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "article", "main" };

    private static readonly string[] ReadMoreLeads =
    [
        "read more", "continue reading", "read the full", "read full", "read the rest", "keep reading",
        "читать далее", "читать дальше", "читать полностью",
    ];

    private static readonly HashSet<string> ReadMoreExact = new(StringComparer.Ordinal) { "more", "подробнее", "далее" };

    public static void Remove(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || Protected.Contains(element.LocalName))
                continue;
            if (element.LocalName == "figcaption" || (HasPart(element, CaptionParts) && IsShort(element, MaxCaptionChars)))
                element.Remove();
            else if (HasPart(element, ShareParts) && IsShort(element, MaxBlockChars))
                element.Remove();
            else if (element.LocalName == "a" && IsReadMore(element.TextContent))
                RemoveLink(element);
        }
    }

    /// <summary>"Read more", "Continue reading »", "Читать далее": a link that leads away from the article.</summary>
    public static bool IsReadMore(string linkText)
    {
        var text = Normalize(linkText);
        if (text.Length == 0 || text.Length > 60)
            return false;
        if (ReadMoreExact.Contains(text))
            return true;
        foreach (var lead in ReadMoreLeads)
        {
            if (text.StartsWith(lead, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // A link that is its block's whole text takes the block with it; one inside a sentence goes alone.
    private static void RemoveLink(IElement link)
    {
        var parent = link.ParentElement;
        if (parent is not null && !Protected.Contains(parent.LocalName) && parent.LocalName is "p" or "li" or "div" or "span"
            && Normalize(parent.TextContent) == Normalize(link.TextContent))
        {
            parent.Remove();
            return;
        }
        link.Remove();
    }

    private static bool HasPart(IElement element, HashSet<string> parts) =>
        HasPart(element.GetAttribute("class"), parts) || HasPart(element.Id, parts);

    private static bool HasPart(string? names, HashSet<string> parts)
    {
        if (string.IsNullOrEmpty(names))
            return false;
        foreach (var part in names.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (parts.Contains(part))
                return true;
        }
        return false;
    }

    private static bool IsShort(IElement element, int limit)
    {
        var count = 0;
        foreach (var c in element.TextContent)
        {
            if (!char.IsWhiteSpace(c) && ++count > limit)
                return false;
        }
        return true;
    }

    // Lower case, single spaces, no punctuation or arrows at either end.
    private static string Normalize(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim().Trim(".…:»›>→-–—|!()[] ".ToCharArray()).ToLowerInvariant();
    }
}
