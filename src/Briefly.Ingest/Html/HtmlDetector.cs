namespace Briefly.Ingest.Html;

/// <summary>Tells an HTML document from plain text by its first markup, not by a file name.</summary>
public static class HtmlDetector
{
    private static readonly string[] Openers = ["<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title", "<section", "<main", "<h1", "<h2", "<span", "<br", "<!--"];

    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var s = text.TrimStart();
        if (s.Length > 0 && s[0] == '\uFEFF')
            s = s[1..].TrimStart();
        if (s.IsEmpty || s[0] != '<')
            return false;
        var head = s[..Math.Min(s.Length, 512)];
        foreach (var opener in Openers)
        {
            if (head.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        // "<?xml ... <html": XHTML.
        return head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}
