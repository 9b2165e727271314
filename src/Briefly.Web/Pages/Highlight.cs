using Briefly.Text;

namespace Briefly.Web.Pages;

/// <summary>Text cut at its marked words, for <see cref="Marked"/> to write with Razor's own encoding.</summary>
public static class Highlight
{
    public static IEnumerable<(string Text, bool Marked)> Pieces(string text, IReadOnlyList<TextSpan> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var at = 0;
        foreach (var mark in marks)
        {
            if (mark.Start > at)
                yield return (text[at..mark.Start], false);
            yield return (mark.Slice(text), true);
            at = mark.End;
        }
        if (at < text.Length)
            yield return (text[at..], false);
    }
}
