using System.Globalization;
using System.Text;

namespace Briefly.Storage.Postgres;

/// <summary>How an article's text goes into PostgreSQL's full-text index, and a reader's words into a query.</summary>
internal static class TextSearch
{
    // Configurations every supported PostgreSQL (12 and later) ships, by ISO 639-1 code; others index as 'simple'.
    private static readonly Dictionary<string, string> Configurations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "arabic",
        ["da"] = "danish",
        ["de"] = "german",
        ["el"] = "greek",
        ["en"] = "english",
        ["es"] = "spanish",
        ["fi"] = "finnish",
        ["fr"] = "french",
        ["ga"] = "irish",
        ["hu"] = "hungarian",
        ["id"] = "indonesian",
        ["it"] = "italian",
        ["lt"] = "lithuanian",
        ["nb"] = "norwegian",
        ["ne"] = "nepali",
        ["nl"] = "dutch",
        ["nn"] = "norwegian",
        ["no"] = "norwegian",
        ["pt"] = "portuguese",
        ["ro"] = "romanian",
        ["ru"] = "russian",
        ["sv"] = "swedish",
        ["ta"] = "tamil",
        ["tr"] = "turkish",
    };

    /// <summary>The text-search configuration for an article in <paramref name="language"/> ("en", "ru-RU", …).</summary>
    public static string Configuration(string language)
    {
        var primary = language.Split('-', 2)[0];
        return Configurations.TryGetValue(primary, out var name) ? name : "simple";
    }

    /// <summary>
    /// Text as it is indexed and searched: diacritics dropped from Latin letters ("café" is "cafe"), Russian "ё"
    /// as "е", NUL (which PostgreSQL text cannot hold) as a space. Other scripts keep their marks ("й" stays).
    /// </summary>
    public static string Fold(string text)
    {
        StringBuilder? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                'ё' => "е",
                'Ё' => "Е",
                '\0' => " ",
                >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => WithoutMarks(c),
                _ => null,
            };
            if (replacement is null)
            {
                folded?.Append(c);
                continue;
            }
            folded ??= new StringBuilder(text.Length).Append(text, 0, i);
            folded.Append(replacement);
        }
        return folded?.ToString() ?? text;
    }

    /// <summary>A key as PostgreSQL text can hold it: a NUL cannot be stored, so no stored key has one.</summary>
    public static string WithoutNul(string key) => key.Replace('\0', ' ');

    // A Latin letter without its combining marks, decomposed once; null when it has none (ø, ß, æ stay as they are).
    private static string? WithoutMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length == 1)
            return null;
        var letters = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                letters.Append(part);
        }
        return letters.ToString();
    }
}
