namespace Briefly.Text.Languages;

/// <summary>Writing systems the detector tells apart before looking at words.</summary>
internal enum Script
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Kana,
    Han,
}

internal static class Scripts
{
    public const int Count = (int)Script.Han + 1;

    /// <summary>The script of a letter; <see cref="Script.None"/> for anything that is not a letter.</summary>
    public static Script Of(char c)
    {
        if (c < 0x80)
            return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        if (!char.IsLetter(c))
            return Script.None;
        return c switch
        {
            <= '\u024F' => Script.Latin,
            >= '\u0370' and <= '\u03FF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0530' and <= '\u058F' => Script.Armenian,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' => Script.Arabic,
            >= '\u0750' and <= '\u077F' => Script.Arabic,
            >= '\u0900' and <= '\u097F' => Script.Devanagari,
            >= '\u0980' and <= '\u09FF' => Script.Bengali,
            >= '\u0A00' and <= '\u0A7F' => Script.Gurmukhi,
            >= '\u0A80' and <= '\u0AFF' => Script.Gujarati,
            >= '\u0B80' and <= '\u0BFF' => Script.Tamil,
            >= '\u0C00' and <= '\u0C7F' => Script.Telugu,
            >= '\u0C80' and <= '\u0CFF' => Script.Kannada,
            >= '\u0D00' and <= '\u0D7F' => Script.Malayalam,
            >= '\u0D80' and <= '\u0DFF' => Script.Sinhala,
            >= '\u0E00' and <= '\u0E7F' => Script.Thai,
            >= '\u0E80' and <= '\u0EFF' => Script.Lao,
            >= '\u1000' and <= '\u109F' => Script.Myanmar,
            >= '\u10A0' and <= '\u10FF' => Script.Georgian,
            >= '\u1100' and <= '\u11FF' => Script.Hangul,
            >= '\u1200' and <= '\u139F' => Script.Ethiopic,
            >= '\u1780' and <= '\u17FF' => Script.Khmer,
            >= '\u1C90' and <= '\u1CBF' => Script.Georgian,
            >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u1F00' and <= '\u1FFF' => Script.Greek,
            >= '\u3040' and <= '\u30FF' => Script.Kana,
            >= '\u3130' and <= '\u318F' => Script.Hangul,
            >= '\u31F0' and <= '\u31FF' => Script.Kana,
            >= '\u3400' and <= '\u4DBF' => Script.Han,
            >= '\u4E00' and <= '\u9FFF' => Script.Han,
            >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            >= '\uF900' and <= '\uFAFF' => Script.Han,
            >= '\uFB1D' and <= '\uFB4F' => Script.Hebrew,
            >= '\uFB50' and <= '\uFDFF' => Script.Arabic,
            >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
            >= '\uFF21' and <= '\uFF5A' => Script.Latin,
            >= '\uFF66' and <= '\uFF9F' => Script.Kana,
            _ => Script.None,
        };
    }

    /// <summary>The language a script alone identifies, for scripts used by essentially one language in news.</summary>
    public static string? SoleLanguage(Script script) => script switch
    {
        Script.Greek => "el",
        Script.Armenian => "hy",
        Script.Hebrew => "he",
        Script.Devanagari => "hi",
        Script.Bengali => "bn",
        Script.Gurmukhi => "pa",
        Script.Gujarati => "gu",
        Script.Tamil => "ta",
        Script.Telugu => "te",
        Script.Kannada => "kn",
        Script.Malayalam => "ml",
        Script.Sinhala => "si",
        Script.Thai => "th",
        Script.Lao => "lo",
        Script.Myanmar => "my",
        Script.Georgian => "ka",
        Script.Hangul => "ko",
        Script.Ethiopic => "am",
        Script.Khmer => "km",
        Script.Kana => "ja",
        Script.Han => "zh",
        _ => null,
    };

    /// <summary>The usual language of a script, used to name a runner-up in mixed-script text.</summary>
    public static string? DefaultLanguage(Script script) => script switch
    {
        Script.Latin => "en",
        Script.Cyrillic => "ru",
        Script.Arabic => "ar",
        _ => SoleLanguage(script),
    };
}
