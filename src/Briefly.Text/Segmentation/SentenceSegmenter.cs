using System.Buffers;

namespace Briefly.Text.Segmentation;

/// <summary>Splits news text into sentences in one left-to-right pass, without regular expressions or per-character allocations.</summary>
/// <remarks>
/// A line break always ends a sentence: paragraphs, headings and list items arrive one per line.
/// Inside a line, "!" and "?" end a sentence unless a lower-case word follows; an ellipsis ends one only before a
/// capital; a period is decided by the word before it (abbreviation, initial, number) and the word after it.
/// </remarks>
public static class SentenceSegmenter
{
    // Longer runs are never abbreviations; the cap keeps look-behind bounded on pathological input.
    private const int MaxKeyLength = 24;
    private const int MaxWordLength = 40;

    public static List<TextSpan> Split(string text, string language = "en")
    {
        var sentences = new List<TextSpan>();
        Split(text, language, sentences);
        return sentences;
    }

    public static void Split(string text, string language, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        Split(text, new TextSpan(0, text.Length), language, into);
    }

    public static void Split(string text, TextSpan region, string language, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        if (region.Start < 0 || region.Length < 0 || region.Start > text.Length - region.Length)
            throw new ArgumentOutOfRangeException(nameof(region), region, "The region must lie inside the text.");

        var scanner = new Scanner(text, region.Start, region.End, LanguageRules.For(language), into);
        scanner.Run();
    }

    private enum NextKind
    {
        None,
        Lower,
        Upper,
        Digit,
        Other,
    }

    /// <summary>
    /// What follows a candidate boundary: the class of its first significant character and its first word, and whether
    /// a quotation mark stands before that word, as before a title ("газ. «Ведомости»").
    /// </summary>
    private readonly record struct Next(NextKind Kind, int WordStart, int WordLength, bool WordFollowedByPeriod, bool Quoted = false);

    private readonly ref struct Scanner(string text, int start, int end, LanguageRules rules, List<TextSpan> into)
    {
        private readonly string _text = text;
        private readonly int _start = start;
        private readonly int _end = end;
        private readonly LanguageRules _rules = rules;
        private readonly List<TextSpan> _into = into;

        public void Run()
        {
            var text = _text;
            int sentenceStart = -1;
            bool hasWord = false;
            int i = _start;
            while (i < _end)
            {
                char c = text[i];
                if (IsLineBreak(c))
                {
                    if (sentenceStart >= 0)
                        AddTrimmed(sentenceStart, i);
                    sentenceStart = -1;
                    i++;
                    continue;
                }

                if (sentenceStart < 0)
                {
                    if (IsSpace(c))
                    {
                        i++;
                        continue;
                    }

                    sentenceStart = i;
                    hasWord = false;
                }

                if (!IsTerminator(c))
                {
                    if (hasWord)
                    {
                        // Nothing before the next terminator or line break changes the state: jump to it.
                        var stop = text.AsSpan(i + 1, _end - i - 1).IndexOfAny(Stops);
                        i = stop < 0 ? _end : i + 1 + stop;
                        continue;
                    }
                    hasWord = char.IsLetterOrDigit(c);
                    i++;
                    continue;
                }

                int runEnd = i + 1;
                bool questionOrBang = c is not ('.' or '…') && !IsUnambiguousStop(c);
                bool ellipsis = c == '…';
                bool unambiguous = IsUnambiguousStop(c);
                int periods = c == '.' ? 1 : 0;
                while (runEnd < _end)
                {
                    char r = text[runEnd];
                    if (r == '.')
                        periods++;
                    else if (r == '…')
                        ellipsis = true;
                    else if (IsUnambiguousStop(r))
                        unambiguous = true;
                    else if (IsTerminator(r))
                        questionOrBang = true;
                    else if (!IsCloser(r))
                        break;
                    runEnd++;
                }

                if (runEnd < _end && !IsSpace(text[runEnd]) && !IsLineBreak(text[runEnd]))
                {
                    // Glued to the next character: "3.5", "Amazon.com", "U.S." inside the token. Only the unambiguous stops
                    // end sentences without a following space.
                    if (unambiguous && hasWord)
                    {
                        _into.Add(new TextSpan(sentenceStart, runEnd - sentenceStart));
                        sentenceStart = runEnd;
                        hasWord = false;
                    }

                    i = runEnd;
                    continue;
                }

                int k = SkipSpaces(runEnd);

                // French typography sets the closing guillemet apart ("« C'est fini ! »"); it still closes this sentence.
                while (k < _end && text[k] is '»' or '›' && (k + 1 == _end || !char.IsLetterOrDigit(text[k + 1])))
                {
                    runEnd = k + 1;
                    while (runEnd < _end && (IsCloser(text[runEnd]) || IsTerminator(text[runEnd])))
                        runEnd++;
                    k = SkipSpaces(runEnd);
                }

                // The line end closes the sentence anyway; and in ". . ." only the last stop decides.
                if (k >= _end || IsLineBreak(text[k]) || IsTerminator(text[k]))
                {
                    i = k;
                    continue;
                }

                // A stop before any word ('"... Then', "!!") opens the sentence rather than ending one.
                bool ends;
                var next = ReadNext(k);
                if (next.Kind == NextKind.None || !hasWord)
                    ends = false;
                else if (unambiguous || questionOrBang)
                    ends = next.Kind != NextKind.Lower;
                else if (ellipsis || periods > 1)
                    ends = next.Kind == NextKind.Upper;
                else
                    ends = next.Kind != NextKind.Lower && PeriodEnds(i, sentenceStart, next);

                if (ends)
                {
                    _into.Add(new TextSpan(sentenceStart, runEnd - sentenceStart));
                    sentenceStart = k;
                    hasWord = false;
                    i = k;
                }
                else
                {
                    i = runEnd;
                }
            }

            if (sentenceStart >= 0)
                AddTrimmed(sentenceStart, _end);
        }

        private int SkipSpaces(int at)
        {
            while (at < _end && IsSpace(_text[at]))
                at++;
            return at;
        }

        private void AddTrimmed(int from, int to)
        {
            while (to > from && IsSpace(_text[to - 1]))
                to--;
            if (to > from)
                _into.Add(new TextSpan(from, to - from));
        }

        private Next ReadNext(int k)
        {
            var text = _text;
            int p = k;
            var quoted = false;
            while (p < _end && (IsOpener(text[p]) || IsSpace(text[p])))
                quoted |= IsQuote(text[p++]);
            if (p >= _end || IsLineBreak(text[p]))
                return default;

            char c = text[p];
            if (char.IsDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol)
                return new Next(NextKind.Digit, p, 0, false);
            if (!char.IsLetter(c))
                return new Next(NextKind.Other, p, 0, false);

            int w = p + 1;
            bool innerCapital = false;
            while (w < _end && w - p < MaxWordLength && char.IsLetter(text[w]))
            {
                innerCapital |= char.IsUpper(text[w]);
                w++;
            }

            bool followedByPeriod = w < _end && text[w] == '.';
            // "iPhone", "eBay": a lower-case first letter that still names something at a sentence start.
            var kind = char.IsLower(c) && !innerCapital ? NextKind.Lower : NextKind.Upper;
            return new Next(kind, p, w - p, followedByPeriod, quoted);
        }

        /// <summary>Decides a single period followed by space and a word that is not lower-case.</summary>
        private bool PeriodEnds(int period, int sentenceStart, Next next)
        {
            var text = _text;
            int keyStart = period;
            // Hyphens join letters into one key ("изд-ва"); a dash or a hyphen next to a digit ("1990-х") does not.
            int lastPart = -1;
            while (keyStart > _start && period - keyStart <= MaxKeyLength)
            {
                char p = text[keyStart - 1];
                if (p == '-' && keyStart < period && keyStart - 1 > _start && char.IsLetter(text[keyStart]) && char.IsLetter(text[keyStart - 2]))
                {
                    if (lastPart < 0)
                        lastPart = keyStart;
                }
                else if (!char.IsLetter(p) && p != '.')
                {
                    break;
                }

                keyStart--;
            }

            // A long hyphenated word ends in a part that was short enough to be looked up on its own.
            if (period - keyStart > MaxKeyLength)
            {
                if (lastPart < 0)
                    return true;
                keyStart = lastPart;
                lastPart = -1;
            }

            while (keyStart < period && text[keyStart] == '.')
                keyStart++;

            if (lastPart > keyStart)
            {
                // "изд-ва" is listed whole; other hyphenated words are read by their last part ("экс-проф. Иванов").
                if (_rules.TryGetAbbreviation(text.AsSpan(keyStart, period - keyStart), out var wholeKind))
                    return Decide(wholeKind, next);
                keyStart = lastPart;
            }

            if (keyStart == period)
                return period > _start && char.IsDigit(text[period - 1]) ? NumberEnds(period, sentenceStart, next) : true;

            var key = text.AsSpan(keyStart, period - keyStart);
            bool singleLetter = key.Length == 1;

            // "2020 г.", "5 m.", "10 km.": a unit after a number, not an initial.
            if (singleLetter && PrecededByNumber(keyStart))
                return true;

            if (singleLetter)
            {
                Span<char> joined = stackalloc char[8];
                int joinedLength = JoinSpacedLetters(keyStart, joined);
                if (joinedLength > 1 && _rules.TryGetAbbreviation(joined[..joinedLength], out var joinedKind))
                    return Decide(joinedKind, next);
            }

            if (_rules.TryGetAbbreviation(key, out var kind))
                return Decide(kind, next);

            if (singleLetter)
            {
                // An initial starts a word; a letter closing "x=y" or "3D" is just the end of a token. A letter
                // opening the sentence marks a list entry or an interview turn ("A. First option", "P. ¿Por qué?").
                if (!StartsWord(keyStart))
                    return true;
                return keyStart != sentenceStart && InitialEnds(key[0], next);
            }

            // Unlisted initialisms ("N.Y.", "J.K.") behave like "U.S.".
            return IsInitialism(key) ? Decide(AbbreviationKind.BeforeName, next) : true;
        }

        private bool Decide(AbbreviationKind kind, Next next)
        {
            if ((kind & AbbreviationKind.NeverEnds) != 0)
                return false;
            if (next.Kind == NextKind.Digit)
                return (kind & (AbbreviationKind.BeforeNumber | AbbreviationKind.BeforeName)) == 0;
            if ((kind & AbbreviationKind.BeforeQuotedName) != 0 && next.Kind == NextKind.Upper && next.Quoted)
                return OpensSentence(next);
            if ((kind & AbbreviationKind.BeforeName) != 0)
                return next.Kind == NextKind.Upper && OpensSentence(next);
            if ((kind & AbbreviationKind.TimeOfDay) != 0)
                return next.Kind != NextKind.Upper || !_rules.IsTimeContinuation(Word(next));
            return true;
        }

        private bool InitialEnds(char initial, Next next)
        {
            if (next.Kind != NextKind.Upper)
                return false;
            // A chain of initials: "J. K. Rowling", "А. С. Пушкин".
            if (next.WordLength == 1 && next.WordFollowedByPeriod)
                return false;
            // The pronouns are the single letters that most often close a sentence.
            if (initial is 'I' or 'Я' or 'я')
                return true;
            return OpensSentence(next);
        }

        private bool NumberEnds(int period, int sentenceStart, Next next)
        {
            var text = _text;
            int numberStart = period;
            while (numberStart > _start && (char.IsDigit(text[numberStart - 1]) || text[numberStart - 1] == '.'))
                numberStart--;
            while (text[numberStart] == '.')
                numberStart++;

            // "1. First item", "2.3. Scope" opening a line or sentence number a list entry.
            if (numberStart == sentenceStart)
                return false;

            bool standalone = numberStart == _start || !char.IsLetter(text[numberStart - 1]);
            if (_rules.OrdinalPeriods && standalone && period - numberStart <= 3 && text.AsSpan(numberStart, period - numberStart).IndexOf('.') < 0)
                return next.Kind == NextKind.Upper && OpensSentence(next);

            return true;
        }

        // A single letter with a period is an initial ("Inc. A. Smith"), not the article or pronoun it spells.
        private bool OpensSentence(Next next) =>
            next.WordLength > 0 && !(next.WordLength == 1 && next.WordFollowedByPeriod) && _rules.IsSentenceOpener(Word(next));

        private ReadOnlySpan<char> Word(Next next) => _text.AsSpan(next.WordStart, next.WordLength);

        private bool StartsWord(int at)
        {
            int p = at - 1;
            while (p >= _start && IsOpener(_text[p]))
                p--;
            return p < _start || IsSpace(_text[p]) || IsLineBreak(_text[p]);
        }

        private bool PrecededByNumber(int keyStart)
        {
            int p = keyStart - 1;
            while (p >= _start && IsSpace(_text[p]))
                p--;
            return p >= _start && char.IsDigit(_text[p]);
        }

        /// <summary>
        /// Joins spaced single letters before the period into one key, so "т. е" reads as "т.е" and "z. B" as
        /// "z.B". Returns the key length, or 1 when no letter precedes.
        /// </summary>
        private int JoinSpacedLetters(int letter, Span<char> buffer)
        {
            var text = _text;
            Span<int> letters = stackalloc int[4];
            int count = 0;
            letters[count++] = letter;
            int at = letter;
            while (count < letters.Length)
            {
                int p = at - 1;
                while (p >= _start && IsSpace(text[p]))
                    p--;
                if (p == at - 1 || p < _start + 1 || text[p] != '.' || !char.IsLetter(text[p - 1]))
                    break;
                int previous = p - 1;
                if (previous > _start && char.IsLetterOrDigit(text[previous - 1]))
                    break;
                letters[count++] = previous;
                at = previous;
            }

            if (count == 1)
                return 1;

            int length = 0;
            for (int n = count - 1; n >= 0; n--)
            {
                buffer[length++] = text[letters[n]];
                if (n > 0)
                    buffer[length++] = '.';
            }

            return length;
        }

        private static bool IsInitialism(ReadOnlySpan<char> key)
        {
            // Segments of one letter separated by single periods: "N.Y", "U.S.A".
            if (key.Length < 3)
                return false;
            for (int n = 0; n < key.Length; n++)
            {
                bool letterSlot = n % 2 == 0;
                if (letterSlot ? !char.IsLetter(key[n]) : key[n] != '.')
                    return false;
            }

            return key.Length % 2 == 1;
        }
    }

    /// <summary>Every character <see cref="IsTerminator"/> or <see cref="IsLineBreak"/> accepts.</summary>
    private static readonly SearchValues<char> Stops =
        SearchValues.Create(".!?…‼⁇⁈⁉‽؟。！？｡।॥۔።။։\n\r\v\f\u0085\u2028\u2029");

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whitespace inside a line, including no-break and zero-width spaces (which editors leave around punctuation).</summary>
    private static bool IsSpace(char c)
    {
        if (c == ' ')
            return true;
        if (c < '\u0080')
            return c == '\t';
        return c is '\u200B' or '\uFEFF' || (char.IsWhiteSpace(c) && !IsLineBreak(c));
    }

    /// <summary>Whether <paramref name="c"/> can end a sentence in some script ("." "?" "。" "۔" "।" …).</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '‽' or '؟' || IsUnambiguousStop(c);

    /// <summary>
    /// Stops that only ever end a sentence: CJK, the Devanagari danda, the Urdu full stop (U+06D4, which Urdu writes
    /// where English writes "."), and the Ethiopic, Myanmar and Armenian full stops. They are not used for abbreviations in running prose; a numbered list item ("1۔") or an initial written with one still splits.
    /// </summary>
    private static bool IsUnambiguousStop(char c) => c is '。' or '！' or '？' or '｡' or '।' or '॥' or '۔' or '።' or '။' or '։';

    /// <summary>Closing quotes and brackets that belong to the sentence they end ("…he left.\"", ".»", ".)", German ".«").</summary>
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '“' or '‘' or '»' or '›' or '«' or '‹' or ')' or ']' or '}' or '」' or '』' or '）';

    private static bool IsQuote(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '‹' or '»' or '›';

    /// <summary>What may stand before the first word of a sentence: opening quotes and brackets, dashes, bullets.</summary>
    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '‹' or '»' or '›' or '(' or '[' or '{'
        or '¿' or '¡' or '「' or '『' or '（' or '-' or '–' or '—' or '―' or '•' or '·' or '*';
}
