namespace Briefly.Text.Languages;

/// <summary>What a caller may give as a language: "auto" (or nothing) to detect it, or an ISO 639 code.</summary>
public static class LanguageCodes
{
    /// <summary>
    /// True for an accepted value: <paramref name="code"/> is then null for "auto" / empty (detect the language)
    /// or the lower-case code; false for anything that is not two or three ASCII letters.
    /// </summary>
    public static bool TryParse(string? value, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return true;
        var candidate = value.Trim().ToLowerInvariant();
        if (candidate.Length is < 2 or > 3 || !candidate.All(char.IsAsciiLetterLower))
            return false;
        code = candidate;
        return true;
    }

    /// <summary>The language of a BCP 47 style tag ("en-GB", "ru_RU", "pt"), or null when it names none.</summary>
    public static string? FromTag(string? tag) =>
        tag is not null && TryParse(tag.Split('-', '_')[0], out var code) ? code : null;
}
