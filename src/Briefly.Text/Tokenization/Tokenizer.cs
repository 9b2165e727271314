using System.Globalization;

namespace Briefly.Text.Tokenization;

/// <summary>
/// Splits text into word tokens: runs of Unicode letters, digits and combining marks, kept whole across
/// an inner hyphen or apostrophe ("well-known", "don't", "O'Brien") and an inner digit separator ("3.5", "1,000").
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="region"/> in <paramref name="text"/> as spans into <paramref name="text"/>.</summary>
    public static void Tokenize(string text, TextSpan region, List<TextSpan> into)
    {
        var s = text.AsSpan(0, region.End);
        var i = region.Start;
        while (NextToken(s, ref i, out var start))
            into.Add(new TextSpan(start, i - start));
    }

    public static List<TextSpan> Tokenize(string text)
    {
        var list = new List<TextSpan>();
        Tokenize(text, new TextSpan(0, text.Length), list);
        return list;
    }

    /// <summary>Counts tokens without materializing them; always agrees with <see cref="Tokenize(string)"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var i = 0;
        while (NextToken(s, ref i, out _))
            count++;
        return count;
    }

    // Finds the next token at or after i; on success [start, i) is the token.
    private static bool NextToken(ReadOnlySpan<char> s, ref int i, out int start)
    {
        while (i < s.Length && !IsWordChar(s[i]))
            i++;
        start = i;
        if (i >= s.Length)
            return false;
        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }
            // A joiner counts only between two word characters; digit separators only between digits.
            if (i + 1 < s.Length && IsWordChar(s[i + 1])
                && (IsJoiner(c) || (IsDigitSeparator(c) && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))))
            {
                i += 2;
                continue;
            }
            break;
        }
        return true;
    }

    public static bool IsWordChar(char c)
    {
        if (c < 128)
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        var cat = char.GetUnicodeCategory(c);
        return cat <= UnicodeCategory.OtherLetter
            || cat == UnicodeCategory.DecimalDigitNumber
            || cat == UnicodeCategory.NonSpacingMark
            || cat == UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2011';

    private static bool IsDigitSeparator(char c) => c is '.' or ',';
}
