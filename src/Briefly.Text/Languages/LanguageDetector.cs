namespace Briefly.Text.Languages;

/// <summary>
/// Identifies the language of a text: the script first, then, for scripts many languages share
/// (Latin, Cyrillic, Arabic), letters only one language uses and hits in each language's stop-word list.
/// </summary>
public static class LanguageDetector
{
    /// <summary>The <see cref="LanguageGuess.Language"/> of a text without any usable evidence.</summary>
    public const string Undetermined = "und";

    // A paragraph or two decides; reading further only costs time.
    private const int WindowChars = 2000;
    private const double DetectThreshold = 0.25;
    private const double RunnerUpShare = 0.1;
    private const double StrongRunnerUpShare = 0.2;

    private static readonly string[] LatinLanguages =
        ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "hu", "ro", "tr", "ca", "cs", "pl", "id", "eu", "ga"];

    private static readonly string[] CyrillicLanguages = ["ru", "uk", "bg"];

    // Letters that, among the candidates, only a few languages write. Widely shared ones (é, á) say nothing.
    private static readonly Dictionary<string, string> LatinLetters = new()
    {
        ["es"] = "ñ¿¡",
        ["pt"] = "ãõçâêô",
        ["fr"] = "çàèùâêîôûëïœ",
        ["ca"] = "çàèòï",
        ["it"] = "àèìòù",
        ["de"] = "äöüß",
        ["sv"] = "äöå",
        ["fi"] = "äö",
        ["da"] = "æøå",
        ["no"] = "æøå",
        ["hu"] = "öüőű",
        ["tr"] = "çğıöşüİ",
        ["ro"] = "ăâîșțşţ",
        ["cs"] = "čďěňřšťůžý",
        ["pl"] = "ąćęłńśźż",
        ["nl"] = "ĳ",
    };

    private static readonly Dictionary<string, string> CyrillicLetters = new()
    {
        ["ru"] = "ыэё",
        ["uk"] = "іїєґ",
        ["bg"] = "ъ",
    };

    // Frequent news words the stop lists lack; they decide short paragraphs whose stop words are all shared.
    private static readonly Dictionary<string, string> LatinMarkers = new()
    {
        ["en"] = "said says told will can also new year years people last first just however many may must now us mr mrs",
        ["fr"] = "selon depuis après aussi comme tout tous très lors ainsi déjà encore où dont mais chez vers sous fait peut ans plusieurs",
        ["es"] = "según después año años fue pero sólo solo así aunque mientras hace tiene dijo ayer hoy tras cuenta",
        ["de"] = "wurde wurden sei seit nach bei vom beim sagte sowie jedoch bereits immer schon mehr heute jahr jahre prozent",
        ["it"] = "anni dopo ancora oggi secondo stato stata già però mentre ieri questo essere",
        ["pt"] = "anos segundo ainda após sobre disse pode hoje ontem porque onde bem pelo",
        ["nl"] = "werd worden wordt heeft volgens jaar na tussen zegt zei onder hebben",
        ["sv"] = "också enligt efter år sade säger mot kommer",
        ["da"] = "også ifølge år siger sagde blevet mellem kan",
        ["no"] = "også ifølge år sier sa blitt mellom",
        ["pl"] = "się roku według także który",
        ["eu"] = "eta da du zen ere baina dute zuen dira izan behar egin bat bere dela",
        ["ga"] = "agus tá bhí níl sé sí siad leis freisin mar atá bheith chun ach",
    };

    // List words that are rare in the language's news but frequent in a neighbour's ("et" is French "and", Catalan "you").
    private static readonly Dictionary<string, string> LatinExclusions = new()
    {
        ["ca"] = "et",
    };

    private static readonly Lazy<WordProfile> Latin =
        new(() => new WordProfile(LatinLanguages, LatinLetters, 0.25, LatinMarkers, LatinExclusions));

    private static readonly Lazy<WordProfile> Cyrillic =
        new(() => new WordProfile(CyrillicLanguages, CyrillicLetters, 0.5, null, null));

    public static IReadOnlyCollection<string> Supported { get; } =
    [
        .. LatinLanguages, "vi",
        .. CyrillicLanguages, "be", "kk", "sr", "mk",
        "ar", "fa", "ur", "ckb",
        "el", "hy", "he", "hi", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si",
        "th", "lo", "my", "ka", "ko", "am", "km", "ja", "zh",
    ];

    /// <summary>ISO 639-1 code of the text's language; <paramref name="fallback"/> when the text gives too little evidence.</summary>
    public static string Detect(ReadOnlySpan<char> text, string fallback = "en")
    {
        var guess = Guess(text);
        return guess.Language == Undetermined || guess.Confidence < DetectThreshold ? fallback : guess.Language;
    }

    /// <summary>The most likely language with a confidence (0..1) and the closest alternative.</summary>
    public static LanguageGuess Guess(ReadOnlySpan<char> text)
    {
        var window = Window(text);
        Span<int> counts = stackalloc int[Scripts.Count];
        foreach (var c in window)
            counts[(int)Scripts.Of(c)]++;
        counts[(int)Script.None] = 0;

        var total = 0;
        var best = Script.None;
        var second = Script.None;
        for (var s = 1; s < Scripts.Count; s++)
        {
            total += counts[s];
            if (counts[s] > counts[(int)best])
            {
                second = best;
                best = (Script)s;
            }
            else if (counts[s] > counts[(int)second])
            {
                second = (Script)s;
            }
        }
        if (total == 0)
            return new LanguageGuess(Undetermined, 0, null);

        // Japanese mixes kana into Han text; any real share of kana makes Han text Japanese.
        var kana = counts[(int)Script.Kana];
        if (best == Script.Han && kana > 0 && kana * 10 >= counts[(int)Script.Han])
            (best, second) = (Script.Kana, second == Script.Kana ? Script.Han : second);
        var share = (double)(best == Script.Kana ? kana + counts[(int)Script.Han] : counts[(int)best]) / total;
        var otherShare = second == Script.None ? 0.0 : (double)counts[(int)second] / total;
        var otherScript = otherShare >= RunnerUpShare ? Scripts.DefaultLanguage(second) : null;

        return best switch
        {
            Script.Latin => ByWords(window, Latin.Value, share, otherScript, otherShare, LatinOverride(window, counts[(int)Script.Latin])),
            Script.Cyrillic => ByWords(window, Cyrillic.Value, share, otherScript, otherShare, CyrillicOverride(window, counts[(int)Script.Cyrillic])),
            Script.Arabic => ByArabicLetters(window, counts[(int)Script.Arabic], share, otherScript),
            _ => BySoleLanguage(best, counts[(int)best], share, otherScript),
        };
    }

    private static ReadOnlySpan<char> Window(ReadOnlySpan<char> text)
    {
        if (text.Length <= WindowChars)
            return text;
        // Cut at a space so the last word is whole.
        var cut = text[..WindowChars].LastIndexOfAny(' ', '\n');
        return cut > WindowChars / 2 ? text[..cut] : text[..WindowChars];
    }

    private static LanguageGuess BySoleLanguage(Script script, int letters, double share, string? otherScript)
    {
        // Han and Hangul letters are whole syllables or words, so fewer of them make a case.
        var needed = script is Script.Han or Script.Kana or Script.Hangul ? 4.0 : 12.0;
        var evidence = Math.Min(1.0, letters / needed);
        var language = Scripts.SoleLanguage(script) ?? Undetermined;
        var runnerUp = script == Script.Kana ? otherScript ?? "zh" : otherScript;
        return new LanguageGuess(language, share * evidence, runnerUp);
    }

    private static LanguageGuess ByWords(
        ReadOnlySpan<char> window, WordProfile profile, double share, string? otherScript, double otherShare, string? letterOverride)
    {
        if (letterOverride is not null)
            return new LanguageGuess(letterOverride, share, profile.Languages[0]);

        Span<double> scores = stackalloc double[profile.Languages.Length];
        scores.Clear();
        var start = -1;
        for (var i = 0; i <= window.Length; i++)
        {
            var isLetter = i < window.Length && (char.IsLetter(window[i]) || (start >= 0 && IsMark(window[i])));
            if (isLetter)
            {
                if (start < 0)
                    start = i;
                if (window[i] >= 0x80)
                    profile.AddLetter(window[i], scores);
            }
            else if (start >= 0)
            {
                if (!IsInitial(window, start, i))
                    profile.AddWord(window[start..i], scores);
                start = -1;
            }
        }

        int first = -1, runner = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0)
                continue;
            if (first < 0 || scores[i] > scores[first])
            {
                runner = first;
                first = i;
            }
            else if (runner < 0 || scores[i] > scores[runner])
            {
                runner = i;
            }
        }
        if (first < 0)
            return new LanguageGuess(Undetermined, 0, otherScript);

        var top = scores[first];
        var margin = runner < 0 ? 1.0 : (top - scores[runner]) / top;
        var evidence = Math.Min(1.0, top / 4.0);
        var confidence = share * evidence * (0.5 + 0.5 * margin);
        // A second script with a real share of the letters is a closer alternative than a same-script neighbour.
        var runnerUp = runner >= 0 && (otherScript is null || otherShare < StrongRunnerUpShare) ? profile.Languages[runner] : otherScript;
        return new LanguageGuess(profile.Languages[first], confidence, runnerUp);
    }

    // "U.S.", "J. Smith": a capital or dotted single letter is an initial, not the Czech or Polish preposition.
    private static bool IsInitial(ReadOnlySpan<char> window, int start, int end) =>
        end - start == 1 && (char.IsUpper(window[start]) || (end < window.Length && window[end] == '.'));

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // Vietnamese stacks tone marks on Latin vowels in a block no other language here uses.
    private static string? LatinOverride(ReadOnlySpan<char> window, int latinLetters)
    {
        var vietnamese = 0;
        foreach (var c in window)
        {
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ')
                vietnamese++;
        }
        return vietnamese >= 3 && vietnamese * 20 >= latinLetters ? "vi" : null;
    }

    // Letters that only one Cyrillic language writes settle it without stop words.
    private static string? CyrillicOverride(ReadOnlySpan<char> window, int cyrillicLetters)
    {
        int kazakh = 0, belarusian = 0, serbian = 0, macedonian = 0;
        foreach (var c in window)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ':
                    kazakh++;
                    break;
                case 'ў':
                    belarusian++;
                    break;
                case 'ђ' or 'ћ':
                    serbian++;
                    break;
                case 'ѓ' or 'ќ' or 'ѕ':
                    macedonian++;
                    break;
                case 'ј' or 'љ' or 'њ' or 'џ':
                    serbian++;
                    macedonian++;
                    break;
            }
        }
        var enough = Math.Max(2, cyrillicLetters / 100);
        if (kazakh >= enough)
            return "kk";
        if (belarusian >= enough)
            return "be";
        if (macedonian >= enough && macedonian > serbian)
            return "mk";
        if (serbian >= enough)
            return "sr";
        return null;
    }

    private static LanguageGuess ByArabicLetters(ReadOnlySpan<char> window, int letters, double share, string? otherScript)
    {
        int urdu = 0, persian = 0, arabic = 0, sorani = 0;
        foreach (var c in window)
        {
            switch (c)
            {
                // ے ں ٹ ڈ ڑ ہ ھ: Urdu only (Sorani shares ھ).
                case '\u06D2' or '\u06BA' or '\u0679' or '\u0688' or '\u0691' or '\u06C1':
                    urdu++;
                    break;
                case '\u06BE':
                    urdu++;
                    sorani++;
                    break;
                // ە ێ ۆ ڵ ڕ: Sorani Kurdish.
                case '\u06D5' or '\u06CE' or '\u06C6' or '\u06B5' or '\u0695':
                    sorani += 2;
                    break;
                // پ چ ژ گ and the Persian forms of yeh and kaf (Urdu writes them too, but also its own letters).
                case '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC' or '\u06A9':
                    persian++;
                    break;
                // ة ى and the Arabic forms of yeh and kaf.
                case '\u0629' or '\u0649' or '\u064A' or '\u0643':
                    arabic++;
                    break;
            }
        }
        var evidence = Math.Min(1.0, (urdu + persian + arabic + sorani) / 6.0) * Math.Min(1.0, letters / 12.0);
        var enough = Math.Max(2, letters / 100);
        if (sorani >= enough && sorani > urdu)
            return new LanguageGuess("ckb", share * evidence, urdu > 0 ? "ur" : "fa");
        if (urdu >= enough)
            return new LanguageGuess("ur", share * evidence, "fa");
        if (persian == 0 && arabic == 0)
            return new LanguageGuess("ar", share * Math.Min(1.0, letters / 12.0) * 0.5, otherScript ?? "fa");
        var (winner, loser, top, low) = persian > arabic ? ("fa", "ar", persian, arabic) : ("ar", "fa", arabic, persian);
        var margin = (double)(top - low) / top;
        return new LanguageGuess(winner, share * evidence * (0.5 + 0.5 * margin), loser);
    }
}
