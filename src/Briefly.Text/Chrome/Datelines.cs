namespace Briefly.Text.Chrome;

/// <summary>
/// Recognizes the dateline and agency credit that open wire copy: "MOSCOW, Dec 1 (Reuters) - ",
/// "LONDON (AP) — ", "(CNN)", "London (CNN) -- ", "WASHINGTON — ", "МОСКВА, 1 декабря. /ТАСС/. ".
/// A header is a run of capitalised words, numbers and month names; only an all-caps place may stand
/// on a bare dash, so ordinary sentences that start with a name ("Washington is a city.") are left alone.
/// </summary>
internal static class Datelines
{
    private const int MaxPrefix = 120;
    private const int MaxAgency = 40;

    private static readonly string[] Agencies =
    [
        "reuters", "ap", "afp", "cnn", "cnn business", "cnn español", "cnn espanol", "cnnmoney", "bloomberg", "upi", "dpa", "efe",
        "ansa", "xinhua", "bbc", "pa", "nbc", "abc", "cbs", "ians", "pti", "ani", "kyodo", "yonhap", "anadolu", "sputnik",
        "associated press", "the associated press", "tass", "itar-tass", "ria novosti", "interfax", "ukrinform", "unian",
        "тасс", "итар-тасс", "риа новости", "риа", "интерфакс", "прайм", "рбк", "уніан", "укрінформ", "агентство", "корр",
    ];

    public static int PrefixLength(ReadOnlySpan<char> s)
    {
        var i = SkipSpaces(s, 0);
        if (i >= s.Length)
            return 0;
        if (s[i] == '(')
        {
            // "(CNN) -- Text" or "(CNN)Text".
            if (!TryParen(s, i, requireKnown: true, out var close))
                return 0;
            return Finish(s, AfterSeparatorOrGlued(s, close, out var ok), ok);
        }

        var headerEnd = ParseHeader(s, i, out var tokens, out var allCapsPlace, out var titleBeforeComma);
        if (tokens == 0)
            return 0;
        var j = SkipSpaces(s, headerEnd);
        if (j >= s.Length)
            return 0;
        switch (s[j])
        {
            case '(':
                {
                    if (!TryParen(s, j, requireKnown: !allCapsPlace, out var close))
                        return 0;
                    var end = AfterSeparatorOrGlued(s, close, out var ok);
                    // A Title-case name before a bracket needs the separator: "Smith (R) said" is prose.
                    return Finish(s, end, ok || allCapsPlace);
                }
            case '/':
                {
                    // TASS: "/ТАСС/." or "/Корр. ТАСС Иван Петров/."
                    var close = s[(j + 1)..Math.Min(s.Length, j + 1 + MaxAgency)].IndexOf('/');
                    if (close <= 0 || !ContainsAgency(s.Slice(j + 1, close)))
                        return 0;
                    var end = j + close + 2;
                    if (end < s.Length && s[end] == '.')
                        end++;
                    end = SkipSeparator(s, end, out _);
                    return Finish(s, end, true);
                }
            default:
                {
                    // "WASHINGTON, D.C. —" or "ST. LOUIS, Mo. —", but not "DJ Norman Cook - aka ...".
                    if (!allCapsPlace || titleBeforeComma)
                        return 0;
                    var end = SkipSeparator(s, j, out var hadSeparator);
                    if (!hadSeparator)
                        return 0;
                    return Finish(s, SkipTrailingAgency(s, end), true);
                }
        }
    }

    private static int Finish(ReadOnlySpan<char> s, int end, bool ok)
    {
        if (!ok || end <= 0 || end >= s.Length)
            return 0;
        // Only a prefix: the sentence itself must remain.
        foreach (var c in s[end..])
        {
            if (char.IsLetterOrDigit(c))
                return end;
        }
        return 0;
    }

    // Header tokens: ALL-CAPS or Title-case words, numbers and month names, with "," and "." between.
    private static int ParseHeader(ReadOnlySpan<char> s, int start, out int tokens, out bool allCapsPlace, out bool titleBeforeComma)
    {
        tokens = 0;
        allCapsPlace = false;
        titleBeforeComma = false;
        var sawComma = false;
        var i = start;
        var limit = Math.Min(s.Length, MaxPrefix);
        var lastEnd = start;
        while (i < limit)
        {
            i = SkipSpaces(s, i);
            if (i >= limit || !char.IsLetterOrDigit(s[i]))
                break;
            var wordStart = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || (s[i] is '.' or '-' or '\'' && i + 1 < s.Length && char.IsLetter(s[i + 1]))))
                i++;
            var word = s[wordStart..i];
            var kind = Classify(word);
            if (kind == Token.Other)
            {
                tokens = 0;
                return start;
            }
            if (tokens == 0)
                allCapsPlace = kind == Token.Caps && LetterCount(word) >= 2;
            tokens++;
            if (kind == Token.Title && !sawComma)
                titleBeforeComma = true;
            // Trailing "." / "," belong to the header ("ST. LOUIS, Mo.", "МОСКВА, 1 декабря.").
            while (i < s.Length && s[i] is '.' or ',')
            {
                sawComma |= s[i] == ',';
                i++;
            }
            lastEnd = i;
            if (i < s.Length && !char.IsWhiteSpace(s[i]))
                break;
        }
        return lastEnd;
    }

    private enum Token
    {
        Other,
        Caps,
        Title,
        Number,
        Month,
    }

    private static Token Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return Token.Other;
        if (char.IsDigit(word[0]))
        {
            foreach (var c in word)
            {
                if (!char.IsDigit(c))
                    return Token.Other;
            }
            return word.Length <= 4 ? Token.Number : Token.Other;
        }
        if (IsMonth(word))
            return Token.Month;
        var upper = 0;
        var lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                upper++;
            else if (char.IsLower(c))
                lower++;
        }
        if (lower == 0 && upper > 0)
            return Token.Caps;
        return char.IsUpper(word[0]) ? Token.Title : Token.Other;
    }

    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        if (word.Length > lower.Length)
            return false;
        var n = word.ToLowerInvariant(lower);
        return lower[..n].TrimEnd('.') is
            "jan" or "january" or "feb" or "february" or "mar" or "march" or "apr" or "april" or "may" or "jun" or "june"
            or "jul" or "july" or "aug" or "august" or "sep" or "sept" or "september" or "oct" or "october" or "nov"
            or "november" or "dec" or "december"
            or "января" or "февраля" or "марта" or "апреля" or "мая" or "июня" or "июля" or "августа" or "сентября"
            or "октября" or "ноября" or "декабря" or "янв" or "фев" or "мар" or "апр" or "июн" or "июл" or "авг" or "сен"
            or "сент" or "окт" or "ноя" or "нояб" or "дек";
    }

    private static bool TryParen(ReadOnlySpan<char> s, int open, bool requireKnown, out int afterClose)
    {
        afterClose = 0;
        var window = s[(open + 1)..Math.Min(s.Length, open + 1 + MaxAgency)];
        var close = window.IndexOf(')');
        if (close <= 0)
            return false;
        var content = window[..close].Trim();
        if (content.IsEmpty)
            return false;
        if (requireKnown ? !IsAgency(content) : !IsAgency(content) && !IsCapitalisedName(content))
            return false;
        afterClose = open + 1 + close + 1;
        return true;
    }

    // After ")": a dash separator with spaces, or the text glued on as CNN prints it ("(CNN)The ...").
    private static int AfterSeparatorOrGlued(ReadOnlySpan<char> s, int afterClose, out bool ok)
    {
        var end = SkipSeparator(s, afterClose, out var hadSeparator);
        ok = hadSeparator || (afterClose < s.Length && (char.IsUpper(s[afterClose]) || s[afterClose] is '"' or '“' or '«' or '\''));
        return hadSeparator ? end : SkipSpaces(s, afterClose);
    }

    private static int SkipSeparator(ReadOnlySpan<char> s, int i, out bool found)
    {
        found = false;
        i = SkipSpaces(s, i);
        if (i < s.Length - 1 && s[i] == '-' && s[i + 1] == '-')
        {
            found = true;
            i += 2;
        }
        else if (i < s.Length && (s[i] is '—' or '–' || (s[i] is ':' or '-' && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1])))))
        {
            found = true;
            i++;
        }
        return SkipSpaces(s, i);
    }

    // RIA style: "МОСКВА, 1 дек — РИА Новости. Text".
    private static int SkipTrailingAgency(ReadOnlySpan<char> s, int start)
    {
        var window = s[start..Math.Min(s.Length, start + MaxAgency)];
        var dot = window.IndexOf('.');
        if (dot <= 0 || !IsAgency(window[..dot].Trim()))
            return start;
        return SkipSpaces(s, start + dot + 1);
    }

    private static bool IsAgency(ReadOnlySpan<char> content)
    {
        foreach (var agency in Agencies)
        {
            if (content.Equals(agency, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool ContainsAgency(ReadOnlySpan<char> content)
    {
        foreach (var range in content.SplitAny(" ,."))
        {
            if (IsAgency(content[range]))
                return true;
        }
        return IsAgency(content.Trim());
    }

    private static bool IsCapitalisedName(ReadOnlySpan<char> content)
    {
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.IsEmpty || !char.IsUpper(word[0]))
                return false;
        }
        return true;
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
                n++;
        }
        return n;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
            i++;
        return i;
    }
}
