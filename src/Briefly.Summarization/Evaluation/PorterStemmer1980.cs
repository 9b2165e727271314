namespace Briefly.Summarization.Evaluation;

/// <summary>
/// The Porter (1980) suffix stripper exactly as embedded in ROUGE-1.5.5.pl (Porter's Perl "Release 1"
/// plus Chin-Yew Lin's 2004 change to step 4), so that English ROUGE scores match the official script.
/// </summary>
/// <remarks>
/// This is not the paper's algorithm verbatim: like Porter's own C and Perl releases, step 2 maps
/// "bli" to "ble" (the paper has "abli" to "able") and adds "logi" to "log"; and ROUGE's step 4 tries
/// "ment", then "ent" or "(s|t)ion", after the other step-4 suffixes, each on the result of the previous
/// rule, instead of removing only the longest suffix. The Perl works with regular expressions whose
/// backtracking defines the measure m; the scans below reproduce what those expressions accept.
/// Words are expected in lower case; an initial "y" is treated as a consonant, as the Perl does by
/// upper-casing it while stemming.
/// </remarks>
public static class PorterStemmer1980
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    // ROUGE moved "ment" and "ent" out of this list (they run afterwards) and kept "ement" in it.
    private static readonly string[] Step4Suffixes =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    private const int StackLimit = 128;

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
            return word;
        // Step 1b can add one letter; no other rule lengthens the word.
        var buffer = word.Length < StackLimit ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.AsSpan().CopyTo(buffer);
        var length = Stem(buffer, word.Length);
        var result = buffer[..length];
        return result.SequenceEqual(word) ? word : new string(result);
    }

    /// <summary>Stems <paramref name="w"/>[..length] in place; <paramref name="w"/> must have room for one more letter.</summary>
    internal static int Stem(Span<char> w, int length)
    {
        if (length < 3)
            return length;
        var initialY = w[0] == 'y';
        if (initialY)
            w[0] = 'Y';

        var n = Step1a(w, length);
        n = Step1b(w, n);
        n = Step1c(w, n);
        n = ReplaceLongest(w, n, Step2Rules);
        n = ReplaceLongest(w, n, Step3Rules);
        n = Step4(w, n);
        n = Step5(w, n);

        if (initialY)
            w[0] = 'y';
        return n;
    }

    private static int Step1a(Span<char> w, int n)
    {
        var word = w[..n];
        if (EndsWith(word, "sses") || EndsWith(word, "ies"))
            return n - 2;
        if (n >= 2 && word[n - 1] == 's' && word[n - 2] != 's')
            return n - 1;
        return n;
    }

    private static int Step1b(Span<char> w, int n)
    {
        var word = w[..n];
        if (EndsWith(word, "eed"))
            return MeasureAtLeast1(word[..^3]) ? n - 1 : n;

        int stemLength;
        if (EndsWith(word, "ed"))
            stemLength = n - 2;
        else if (EndsWith(word, "ing"))
            stemLength = n - 3;
        else
            return n;
        if (!HasVowel(word[..stemLength]))
            return n;

        n = stemLength;
        word = w[..n];
        if (EndsWith(word, "at") || EndsWith(word, "bl") || EndsWith(word, "iz"))
        {
            w[n] = 'e';
            return n + 1;
        }
        if (n >= 2 && word[n - 1] == word[n - 2] && !IsOneOf(word[n - 1], "aeiouylsz"))
            return n - 1;
        if (IsShortSyllableWord(word))
        {
            w[n] = 'e';
            return n + 1;
        }
        return n;
    }

    private static int Step1c(Span<char> w, int n)
    {
        if (w[n - 1] == 'y' && HasVowel(w[..(n - 1)]))
            w[n - 1] = 'i';
        return n;
    }

    /// <summary>Steps 2 and 3 (both need m &gt; 0). The Perl's alternations match at the leftmost position, so the longest listed suffix wins and no shorter one is tried after it.</summary>
    private static int ReplaceLongest(Span<char> w, int n, (string Suffix, string Replacement)[] rules)
    {
        var word = w[..n];
        var best = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if (EndsWith(word, rules[i].Suffix) && (best < 0 || rules[i].Suffix.Length > rules[best].Suffix.Length))
                best = i;
        }
        if (best < 0)
            return n;
        var stemLength = n - rules[best].Suffix.Length;
        if (!MeasureAtLeast1(word[..stemLength]))
            return n;
        var replacement = rules[best].Replacement;
        replacement.AsSpan().CopyTo(w[stemLength..]);
        return stemLength + replacement.Length;
    }

    // Each rule sees what the previous one left, so "agreement" keeps "ement" (m of "agre" is 1) and then loses
    // "ent". The script's comment says words in -ement skip "ment" and "ent"; its code does not, and the code decides.
    private static int Step4(Span<char> w, int n)
    {
        var best = LongestSuffix(w[..n], Step4Suffixes);
        if (best >= 0 && MeasureAtLeast2(w[..(n - best)]))
            n -= best;
        if (EndsWith(w[..n], "ment") && MeasureAtLeast2(w[..(n - 4)]))
            n -= 4;
        if (EndsWith(w[..n], "ent"))
        {
            if (MeasureAtLeast2(w[..(n - 3)]))
                n -= 3;
        }
        else if (EndsWith(w[..n], "ion") && n >= 4 && (w[n - 4] == 's' || w[n - 4] == 't') && MeasureAtLeast2(w[..(n - 3)]))
        {
            n -= 3;
        }
        return n;
    }

    private static int Step5(Span<char> w, int n)
    {
        if (w[n - 1] == 'e')
        {
            var stem = w[..(n - 1)];
            if (MeasureAtLeast2(stem) || (MeasureIs1(stem) && !IsShortSyllableWord(stem)))
                n--;
        }
        if (n >= 2 && w[n - 1] == 'l' && w[n - 2] == 'l' && MeasureAtLeast2(w[..n]))
            n--;
        return n;
    }

    private static int LongestSuffix(ReadOnlySpan<char> word, string[] suffixes)
    {
        var best = -1;
        foreach (var suffix in suffixes)
        {
            if (suffix.Length > best && EndsWith(word, suffix))
                best = suffix.Length;
        }
        return best;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix.AsSpan(), StringComparison.Ordinal);

    private static bool IsOneOf(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    // The Perl's classes: a consonant starts with [^aeiou] (so "y" may start one) and continues with
    // [^aeiouy]; a vowel starts with [aeiouy] and continues with [aeiou]. "Y" (an upper-cased initial y)
    // and digits are consonants.
    private static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAeiouy(char c) => IsAeiou(c) || c == 'y';

    /// <summary><c>^([C])?v</c>: any [aeiouy] — the consonants before the first one always form a valid [C].</summary>
    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsAeiouy(c))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Where the Perl's leading <c>([C])?V</c> can put its vowel: at 0 if the word starts with [aeiouy],
    /// and at the first [aeiouy] after a leading [^aeiou]. Only a leading "y" allows both.
    /// </summary>
    private static (int First, int Second) VowelStarts(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
            return (-1, -1);
        var first = IsAeiouy(s[0]) ? 0 : -1;
        var second = -1;
        if (!IsAeiou(s[0]))
        {
            for (var i = 1; i < s.Length; i++)
            {
                if (IsAeiouy(s[i]))
                {
                    second = i;
                    break;
                }
            }
        }
        return (first, second);
    }

    /// <summary>After a vowel at <paramref name="from"/>, the vowel run [aeiou]* must end where the next consonant starts.</summary>
    private static int NextNonAeiou(ReadOnlySpan<char> s, int from)
    {
        for (var i = from + 1; i < s.Length; i++)
        {
            if (!IsAeiou(s[i]))
                return i;
        }
        return -1;
    }

    /// <summary>After a consonant starting at <paramref name="from"/>, the run [^aeiouy]* must end where the next vowel starts.</summary>
    private static int NextAeiouy(ReadOnlySpan<char> s, int from)
    {
        for (var i = from + 1; i < s.Length; i++)
        {
            if (IsAeiouy(s[i]))
                return i;
        }
        return -1;
    }

    /// <summary><c>^([C])?V[C]</c>: m &gt; 0.</summary>
    private static bool MeasureAtLeast1(ReadOnlySpan<char> s)
    {
        var (first, second) = VowelStarts(s);
        return (first >= 0 && NextNonAeiou(s, first) >= 0) || (second >= 0 && NextNonAeiou(s, second) >= 0);
    }

    /// <summary><c>^([C])?V[C]V[C]</c>: m &gt; 1.</summary>
    private static bool MeasureAtLeast2(ReadOnlySpan<char> s)
    {
        var (first, second) = VowelStarts(s);
        return (first >= 0 && AtLeast2From(s, first)) || (second >= 0 && AtLeast2From(s, second));

        static bool AtLeast2From(ReadOnlySpan<char> s, int vowel)
        {
            var consonant = NextNonAeiou(s, vowel);
            if (consonant < 0)
                return false;
            var vowel2 = NextAeiouy(s, consonant);
            return vowel2 >= 0 && NextNonAeiou(s, vowel2) >= 0;
        }
    }

    /// <summary><c>^([C])?V[C]([V])?$</c>: m = 1.</summary>
    private static bool MeasureIs1(ReadOnlySpan<char> s)
    {
        var (first, second) = VowelStarts(s);
        return (first >= 0 && Is1From(s, first)) || (second >= 0 && Is1From(s, second));

        static bool Is1From(ReadOnlySpan<char> s, int vowel)
        {
            var consonant = NextNonAeiou(s, vowel);
            if (consonant < 0)
                return false;
            var vowel2 = NextAeiouy(s, consonant);
            return vowel2 < 0 || NextNonAeiou(s, vowel2) < 0;
        }
    }

    /// <summary><c>^[C]v[^aeiouwxy]$</c>: a single consonant run, one vowel, and a final consonant other than w, x or y.</summary>
    private static bool IsShortSyllableWord(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        if (n < 3 || IsAeiou(s[0]) || !IsAeiouy(s[n - 2]) || IsOneOf(s[n - 1], "aeiouwxy"))
            return false;
        for (var i = 1; i < n - 2; i++)
        {
            if (IsAeiouy(s[i]))
                return false;
        }
        return true;
    }
}
