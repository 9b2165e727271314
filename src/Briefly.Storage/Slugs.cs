using System.Globalization;
using System.Text;
using AnyAscii;

namespace Briefly.Storage;

/// <summary>URL slugs: ASCII, lower-case, words joined by '-'.</summary>
public static class Slugs
{
    public const int MaxLength = 80;
    public const string Fallback = "article";

    /// <summary>
    /// "Привет, мир!" becomes "privet-mir": transliterated to ASCII, lower-cased, every run of characters outside
    /// [a-z0-9] turned into one '-', cut at a word boundary to at most <see cref="MaxLength"/> characters;
    /// <see cref="Fallback"/> when nothing is left.
    /// </summary>
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var ascii = title.Transliterate();
        var slug = new StringBuilder(Math.Min(ascii.Length, MaxLength * 2));
        var pendingDash = false;
        foreach (var c in ascii)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && slug.Length > 0)
                    slug.Append('-');
                pendingDash = false;
                slug.Append(lower);
                // One character past the limit is enough to know where the last whole word ends.
                if (slug.Length > MaxLength)
                    break;
            }
            else if (lower is not ('\'' or '`'))
            {
                // Apostrophes join rather than split: "postman's" reads better as "postmans" than "postman-s".
                pendingDash = true;
            }
        }

        if (slug.Length > MaxLength)
        {
            // Cut at the last dash that keeps the slug within the limit; a single overlong word is cut hard.
            var cut = slug.ToString(0, MaxLength + 1).LastIndexOf('-');
            slug.Length = cut > 0 ? cut : MaxLength;
        }

        return slug.Length == 0 ? Fallback : slug.ToString();
    }

    /// <summary>The n-th variant of a slug used when it is taken: "news", "news-2", "news-3", ...</summary>
    public static string WithSuffix(string slug, int n) => n <= 1 ? slug : string.Concat(slug, "-", n.ToString(CultureInfo.InvariantCulture));
}
