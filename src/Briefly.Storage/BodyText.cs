using System.Text;

namespace Briefly.Storage;

/// <summary>What the store derives from an article's plain text, the same for every database.</summary>
public static class BodyText
{
    public const int ExcerptWords = 40;

    /// <summary>A prefix long enough for any excerpt of ordinary words, so lists never read whole bodies.</summary>
    public const int ExcerptSourceChars = 2000;

    /// <summary>Whitespace-separated tokens that hold at least one letter or digit ("—" and "*" are not words).</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inToken = false;
        var hasWordChar = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inToken && hasWordChar)
                    count++;
                inToken = hasWordChar = false;
            }
            else
            {
                inToken = true;
                hasWordChar |= char.IsLetterOrDigit(c);
            }
        }
        return inToken && hasWordChar ? count + 1 : count;
    }

    /// <summary>
    /// The first <see cref="ExcerptWords"/> words on one line, with "…" when there is more.
    /// <paramref name="isPrefix"/> says the text is only the start of the body, so its last word may be cut off.
    /// </summary>
    public static string Excerpt(string text, bool isPrefix = false)
    {
        var excerpt = new StringBuilder();
        var words = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i == text.Length)
                return isPrefix && words > 0 ? excerpt.Append('…').ToString() : excerpt.ToString();
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (words == ExcerptWords || (isPrefix && i == text.Length))
            {
                // More words follow, or this one may be a fragment of a longer word.
                if (excerpt.Length == 0)
                    excerpt.Append(text, start, i - start);
                return excerpt.Append('…').ToString();
            }
            if (words++ > 0)
                excerpt.Append(' ');
            excerpt.Append(text, start, i - start);
        }
    }
}
