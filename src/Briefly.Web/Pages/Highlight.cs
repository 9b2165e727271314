using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Briefly.Text;
using Microsoft.AspNetCore.Components;

namespace Briefly.Web.Pages;

/// <summary>Text with some of its words in &lt;mark&gt;, everything else encoded as text.</summary>
public static class Highlight
{
    // Every script as itself, as the pages are encoded (SiteServices.AddSitePages), not as &#x...; entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Render(string text, IReadOnlyList<TextSpan> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var html = new StringBuilder(text.Length + marks.Count * 13);
        var at = 0;
        foreach (var mark in marks)
        {
            html.Append(Encoder.Encode(text[at..mark.Start]));
            html.Append("<mark>").Append(Encoder.Encode(mark.Slice(text))).Append("</mark>");
            at = mark.End;
        }
        html.Append(Encoder.Encode(text[at..]));
        return new MarkupString(html.ToString());
    }
}
