using System.Numerics;

namespace Briefly.Text.Languages;

/// <summary>
/// Stop-word evidence for the languages sharing one script. A word found in several lists counts
/// 1/n towards each, so shared words ("de", "a", "in") barely matter and the distinctive ones decide.
/// </summary>
internal sealed class WordProfile
{
    private const int MaxWordLength = 24;

    private readonly Dictionary<string, (ulong Mask, double Weight)> _words;
    private readonly Dictionary<string, (ulong Mask, double Weight)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, (ulong Mask, double Weight)> _letters;

    public WordProfile(
        string[] languages,
        IReadOnlyDictionary<string, string> signatureLetters,
        double letterWeight,
        IReadOnlyDictionary<string, string>? extraWords,
        IReadOnlyDictionary<string, string>? excludedWords)
    {
        if (languages.Length > 64)
            throw new ArgumentOutOfRangeException(nameof(languages));
        Languages = languages;

        var masks = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < languages.Length; i++)
        {
            var excluded = excludedWords is not null && excludedWords.TryGetValue(languages[i], out var list)
                ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            foreach (var word in StopWords.For(languages[i]).Words)
            {
                if (excluded.Contains(word, StringComparer.OrdinalIgnoreCase))
                    continue;
                masks.TryGetValue(word, out var mask);
                masks[word] = mask | (1UL << i);
            }
            if (extraWords is not null && extraWords.TryGetValue(languages[i], out var extra))
            {
                foreach (var word in extra.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    masks.TryGetValue(word, out var mask);
                    masks[word] = mask | (1UL << i);
                }
            }
        }
        _words = new Dictionary<string, (ulong, double)>(masks.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, mask) in masks)
            _words[word] = (mask, 1.0 / BitOperations.PopCount(mask));
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

        var letterMasks = new Dictionary<char, ulong>();
        foreach (var (language, letters) in signatureLetters)
        {
            var index = Array.IndexOf(languages, language);
            foreach (var letter in letters)
            {
                letterMasks.TryGetValue(letter, out var mask);
                letterMasks[letter] = mask | (1UL << index);
            }
        }
        _letters = [];
        foreach (var (letter, mask) in letterMasks)
        {
            var weight = letterWeight / BitOperations.PopCount(mask);
            _letters[letter] = (mask, weight);
            _letters[char.ToUpperInvariant(letter)] = (mask, weight);
        }
    }

    public string[] Languages { get; }

    /// <summary>Adds the evidence of one word (letters only) to <paramref name="scores"/>.</summary>
    public void AddWord(ReadOnlySpan<char> word, Span<double> scores)
    {
        if (word.Length > MaxWordLength)
            return;
        if (!_lookup.TryGetValue(word, out var entry))
        {
            // Lists spell Russian "ё" as "е".
            var yo = word.IndexOfAny('ё', 'Ё');
            if (yo < 0)
                return;
            Span<char> folded = stackalloc char[word.Length];
            word.CopyTo(folded);
            folded.Replace('ё', 'е');
            folded.Replace('Ё', 'Е');
            if (!_lookup.TryGetValue(folded, out entry))
                return;
        }
        Add(entry, scores);
    }

    /// <summary>Adds the evidence of one letter, if it is a signature letter of some language.</summary>
    public void AddLetter(char letter, Span<double> scores)
    {
        if (_letters.TryGetValue(letter, out var entry))
            Add(entry, scores);
    }

    private static void Add((ulong Mask, double Weight) entry, Span<double> scores)
    {
        var mask = entry.Mask;
        while (mask != 0)
        {
            scores[BitOperations.TrailingZeroCount(mask)] += entry.Weight;
            mask &= mask - 1;
        }
    }
}
