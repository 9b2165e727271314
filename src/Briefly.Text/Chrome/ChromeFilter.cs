namespace Briefly.Text.Chrome;

/// <summary>
/// Tells site furniture (share buttons, "Read more" links, bylines, photo credits, previous/next
/// teasers) from article text, so none of it can reach a summary.
/// </summary>
public static class ChromeFilter
{
    /// <summary>
    /// Appends to <paramref name="into"/> the article-text paragraphs of <paramref name="text"/> (lines separated
    /// by '\n'), trimmed, as spans into it; blank and chrome lines are left out.
    /// </summary>
    public static void ContentParagraphs(string text, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var skipTitle = false;
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var span = Trim(text, start, end);
            if (span.Length > 0)
            {
                var line = span.Of(text);
                if (ChromeLines.IsNeighbourLabel(line))
                {
                    skipTitle = true;
                }
                else if (skipTitle)
                {
                    // The line after a bare "Next Article" is the teased article's title, a link.
                    skipTitle = false;
                }
                else if (!ChromeLines.IsChrome(line))
                {
                    into.Add(span);
                }
            }
            if (newline < 0)
                break;
            start = newline + 1;
        }
    }

    /// <summary>True when the line is site furniture rather than article text.</summary>
    public static bool IsChromeLine(ReadOnlySpan<char> line) => ChromeLines.IsChrome(line);

    /// <summary>
    /// Length of a leading dateline or agency credit ("LONDON (AP) — ", "(CNN)", "МОСКВА, 1 декабря. /ТАСС/. ")
    /// including the separator and spaces after it; 0 when the sentence has none.
    /// </summary>
    public static int DatelinePrefixLength(ReadOnlySpan<char> sentence) => Datelines.PrefixLength(sentence);

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return new TextSpan(start, end - start);
    }
}
