namespace Briefly.Text.Languages;

/// <summary>
/// A language's stop words, looked up case-insensitively straight from a span so callers can test
/// every token of an article without allocating a string per word.
/// </summary>
public sealed class StopWordSet
{
    public static StopWordSet Empty { get; } = new(string.Empty, []);

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Russian lists spell "ё" as "е"; readers write either, so the lookup folds it.
    private readonly bool _foldYo;

    internal StopWordSet(string language, IEnumerable<string> words)
    {
        Language = language;
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _foldYo = language is "ru" or "be";
    }

    /// <summary>ISO 639-1 code; empty for the empty set.</summary>
    public string Language { get; }

    public int Count => _words.Count;

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(string word) => Contains(word.AsSpan());

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || _words.Count == 0)
            return false;
        if (_lookup.Contains(word))
            return true;
        return NeedsFolding(word) && ContainsFolded(word);
    }

    private bool NeedsFolding(ReadOnlySpan<char> word) =>
        word.Length <= 64 && (word.IndexOfAny('\u2019', '\u02BC') >= 0 || (_foldYo && word.IndexOfAny('ё', 'Ё') >= 0));

    private bool ContainsFolded(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = word[i] switch
            {
                '\u2019' or '\u02BC' => '\'',
                'ё' when _foldYo => 'е',
                'Ё' when _foldYo => 'Е',
                var c => c,
            };
        }
        return _lookup.Contains(buffer);
    }
}
