using System.Globalization;
using System.Text;

namespace Briefly.Ingest.Extraction.Evaluation;

/// <summary>
/// Words as both extraction benchmarks read them: maximal runs of Python's Unicode <c>\w</c> (letters, numbers
/// and "_"; combining marks are not word characters there, so they separate words too).
/// </summary>
public static class WordTokens
{
    public static List<string> Split(string text, bool lowerCase)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWord(rune))
            {
                current.Append(rune.ToString());
                continue;
            }
            Flush();
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length == 0)
                return;
            var token = current.ToString();
            tokens.Add(lowerCase ? token.ToLowerInvariant() : token);
            current.Clear();
        }
    }

    private static bool IsWord(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
