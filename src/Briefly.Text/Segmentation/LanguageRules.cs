namespace Briefly.Text.Segmentation;

/// <summary>The per-language data the segmenter consults; built once per language family and shared.</summary>
internal sealed class LanguageRules
{
    private static readonly HashSet<string> TimeContinuationSet = new(Abbreviations.TimeContinuations, StringComparer.Ordinal);

    // English abbreviations come first everywhere: wire copy in every language quotes "U.S." and "Inc.".
    private static readonly LanguageRules EnglishRules = new(false, [Abbreviations.English], [Abbreviations.EnglishOpeners]);

    private static readonly LanguageRules RussianRules = new(
        false, [Abbreviations.Russian, Abbreviations.English], [Abbreviations.RussianOpeners, Abbreviations.EnglishOpeners]);

    private static readonly LanguageRules GermanRules = new(
        true, [Abbreviations.German, Abbreviations.English], [Abbreviations.GermanOpeners, Abbreviations.EnglishOpeners]);

    private static readonly LanguageRules FrenchRules = new(
        false, [Abbreviations.French, Abbreviations.English], [Abbreviations.FrenchOpeners, Abbreviations.EnglishOpeners]);

    private static readonly LanguageRules SpanishRules = new(
        false, [Abbreviations.Spanish, Abbreviations.English], [Abbreviations.SpanishOpeners, Abbreviations.EnglishOpeners]);

    private static readonly LanguageRules GenericRules = new(
        false,
        [Abbreviations.English, Abbreviations.German, Abbreviations.French, Abbreviations.Spanish, Abbreviations.OtherEuropean, Abbreviations.Russian],
        [Abbreviations.EnglishOpeners, Abbreviations.GermanOpeners, Abbreviations.FrenchOpeners, Abbreviations.SpanishOpeners, Abbreviations.RussianOpeners]);

    // Languages that write ordinals as "3." ("am 3. Oktober"): a period after a small number is not an end by itself.
    private static readonly LanguageRules OrdinalGenericRules = new(
        true,
        [Abbreviations.German, Abbreviations.OtherEuropean, Abbreviations.English, Abbreviations.Russian],
        [Abbreviations.GermanOpeners, Abbreviations.EnglishOpeners, Abbreviations.RussianOpeners]);

    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeContinuations;

    private LanguageRules(bool ordinalPeriods, (string Key, AbbreviationKind Kind)[][] abbreviations, string[][] openers)
    {
        OrdinalPeriods = ordinalPeriods;

        var table = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in abbreviations)
        {
            foreach (var (key, kind) in list)
                table.TryAdd(key, kind);
        }

        // Openers are matched exactly as written, so "THE" in a shouted headline does not count but "The" does.
        var openerSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in openers)
            openerSet.UnionWith(list);

        _abbreviations = table.GetAlternateLookup<ReadOnlySpan<char>>();
        _openers = openerSet.GetAlternateLookup<ReadOnlySpan<char>>();
        _timeContinuations = TimeContinuationSet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool OrdinalPeriods { get; }

    public bool TryGetAbbreviation(ReadOnlySpan<char> key, out AbbreviationKind kind) => _abbreviations.TryGetValue(key, out kind);

    public bool IsSentenceOpener(ReadOnlySpan<char> word) => _openers.Contains(word);

    public bool IsTimeContinuation(ReadOnlySpan<char> word) => _timeContinuations.Contains(word);

    public static LanguageRules For(string? language)
    {
        if (language is null || language.Length < 2)
            return GenericRules;

        // Only the primary subtag matters ("en-GB", "ru_RU"); compared without allocating a lower-case copy.
        char a = char.ToLowerInvariant(language[0]);
        char b = char.ToLowerInvariant(language[1]);
        if (language.Length > 2 && language[2] is not ('-' or '_'))
            return GenericRules;

        return (a, b) switch
        {
            ('e', 'n') => EnglishRules,
            ('r', 'u') or ('u', 'k') or ('b', 'e') or ('b', 'g') or ('k', 'k') => RussianRules,
            ('d', 'e') => GermanRules,
            ('f', 'r') => FrenchRules,
            ('e', 's') => SpanishRules,
            ('d', 'a') or ('n', 'b') or ('n', 'o') or ('n', 'n') or ('f', 'i') or ('i', 's') or ('c', 's') or ('s', 'k')
                or ('s', 'l') or ('h', 'r') or ('s', 'r') or ('b', 's') or ('h', 'u') or ('p', 'l') or ('e', 't')
                or ('l', 'v') or ('l', 't') or ('t', 'r') => OrdinalGenericRules,
            _ => GenericRules,
        };
    }
}
