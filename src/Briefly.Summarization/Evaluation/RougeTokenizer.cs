using System.Buffers;
using System.Globalization;
using System.Text;

namespace Briefly.Summarization.Evaluation;

/// <summary>Splits a summary into lines and tokens the way the scorer for its language expects.</summary>
internal static class RougeTokenizer
{
    [ThreadStatic]
    private static char[]? t_lowered;

    /// <summary>
    /// ROUGE-1.5.5 lower-cases A-Z only and turns every other byte outside [a-z0-9] into a space, so
    /// a UTF-8 letter such as "é" splits a word, and "$" (which it keeps in its token filter) never survives.
    /// </summary>
    public static void TokenizeEnglish(string text, RougeVocabulary vocabulary, TokenSequence into)
    {
        var lowered = Lowered(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            lowered[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }
        Scan(lowered.AsSpan(0, text.Length), vocabulary, into, english: true);
    }

    /// <summary>Runs of letters and digits, keeping combining marks so Indic and Arabic-script words stay whole.</summary>
    public static void TokenizeUnicode(string text, RougeVocabulary vocabulary, TokenSequence into)
    {
        var lowered = Lowered(text.Length);
        var written = text.AsSpan().ToLowerInvariant(lowered);
        Scan(lowered.AsSpan(0, written), vocabulary, into, english: false);
    }

    private static char[] Lowered(int length)
    {
        if (t_lowered is null || t_lowered.Length < length)
            t_lowered = new char[Math.Max(length, 1024)];
        return t_lowered;
    }

    private static void Scan(ReadOnlySpan<char> text, RougeVocabulary vocabulary, TokenSequence into, bool english)
    {
        into.Clear();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int width;
            bool inToken;
            if (english)
            {
                width = 1;
                inToken = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            }
            else
            {
                inToken = IsWordPart(text[i..], out width);
            }

            if (inToken)
            {
                if (start < 0)
                    start = i;
            }
            else
            {
                if (start >= 0)
                {
                    into.Add(vocabulary.IdOf(text[start..i]));
                    start = -1;
                }
                if (c == '\n')
                    into.EndLine();
            }
            i += width;
        }
        if (start >= 0)
            into.Add(vocabulary.IdOf(text[start..]));
        into.EndLine();
    }

    private static bool IsWordPart(ReadOnlySpan<char> text, out int width)
    {
        var c = text[0];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return char.IsLetterOrDigit(c) || IsCombiningMark(CharUnicodeInfo.GetUnicodeCategory(c));
        }
        if (Rune.DecodeFromUtf16(text, out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return false;
        }
        return Rune.IsLetterOrDigit(rune) || IsCombiningMark(Rune.GetUnicodeCategory(rune));
    }

    private static bool IsCombiningMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
