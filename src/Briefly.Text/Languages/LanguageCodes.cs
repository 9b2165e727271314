namespace Briefly.Text.Languages;

/// <summary>What a caller may give as a language: "auto" (or nothing) to detect it, or an ISO 639-1 code.</summary>
public static class LanguageCodes
{
    // ISO 639-1, every two-letter code the standard assigns: a code outside it names no language, and echoing it
    // back (or storing it as an article's language) would only spread the mistake.
    private static readonly HashSet<string> Iso6391 = new(StringComparer.Ordinal)
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm",
        "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee",
        "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu",
        "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is",
        "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
        "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms",
        "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os",
        "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
        "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl",
        "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
        "yo", "za", "zh", "zu",
    };

    /// <summary>
    /// True for an accepted value: <paramref name="code"/> is then null for "auto" / empty (detect the language)
    /// or the lower-case ISO 639-1 code; false for anything else ("xx", "tlh", "english").
    /// </summary>
    public static bool TryParse(string? value, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
            return true;
        var candidate = value.Trim().ToLowerInvariant();
        if (!Iso6391.Contains(candidate))
            return false;
        code = candidate;
        return true;
    }

    /// <summary>The language of a BCP 47 style tag ("en-GB", "ru_RU", "pt"), or null when it names none.</summary>
    public static string? FromTag(string? tag) =>
        tag is not null && TryParse(tag.Split('-', '_')[0], out var code) ? code : null;
}
