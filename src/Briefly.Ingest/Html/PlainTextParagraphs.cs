using System.Text;

namespace Briefly.Ingest.Html;

/// <summary>Plain article text as HTML: one p per non-blank line, so that <see cref="ArticleHtml.ToText"/> gives the text back.</summary>
internal static class PlainTextParagraphs
{
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + text.Length / 8);
        foreach (var range in text.AsSpan().SplitAny("\r\n"))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
                continue;
            if (html.Length > 0)
                html.Append('\n');
            html.Append("<p>");
            Encode(line, html);
            html.Append("</p>");
        }
        return html.ToString();
    }

    private static void Encode(ReadOnlySpan<char> line, StringBuilder html)
    {
        foreach (var c in line)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                // The HTML parser drops NUL from text, so it could never come back out.
                case '\0': break;
                default: html.Append(c); break;
            }
        }
    }
}
