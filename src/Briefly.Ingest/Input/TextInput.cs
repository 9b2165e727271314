using Briefly.Ingest.Html;

namespace Briefly.Ingest.Input;

/// <summary>
/// Turns input text into the text to summarize, the same way for every entry point (the CLI's files and
/// standard input, fetched pages, the API), so a page gives the same result whichever way it arrives.
/// </summary>
public static class TextInput
{
    /// <summary>
    /// Strips a leading byte order mark and turns CRLF into LF; when the text looks like HTML (by its first
    /// markup, not by a name or a content type), extracts its body text and title.
    /// </summary>
    public static InputText FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return HtmlDetector.LooksLikeHtml(text) ? FromHtml(text) : new InputText(text, null, false);
    }

    /// <summary>The body text and title of an HTML page; HTML beyond <see cref="HtmlLimits"/> is refused before any parser sees it.</summary>
    /// <exception cref="SummaryInputException">The HTML is beyond the limits.</exception>
    public static InputText FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlLimits.Check(html) is { } tooComplex)
            throw new SummaryInputException(tooComplex, unusable: true);
        var page = HtmlText.Extract(html);
        return new InputText(page.Text, page.Title, true);
    }
}
