namespace Briefly.Summarization.Evaluation;

/// <summary>
/// Maps a token to the id of its stem, so scoring compares ints and each distinct word is stemmed once.
/// Ids only have to agree within one <see cref="Rouge.Score"/> call, which lets the map be dropped when it grows.
/// One instance per thread and language: the stemmers are not thread-safe.
/// </summary>
internal sealed class RougeVocabulary
{
    private const int MaxTokens = 200_000;

    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly Func<string, string> _stem;

    public RougeVocabulary(Func<string, string> stem)
    {
        _stem = stem;
        _tokenLookup = _tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Upper bound (exclusive) of the ids handed out so far.</summary>
    public int Count => _stemIds.Count;

    /// <summary>Call between documents only: it invalidates every id handed out.</summary>
    public void TrimIfLarge()
    {
        if (_tokenIds.Count <= MaxTokens)
            return;
        _tokenIds.Clear();
        _stemIds.Clear();
    }

    public int IdOf(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out var id))
            return id;
        var text = token.ToString();
        var stem = _stem(text);
        if (!_stemIds.TryGetValue(stem, out id))
        {
            id = _stemIds.Count;
            _stemIds.Add(stem, id);
        }
        _tokenIds.Add(text, id);
        return id;
    }
}
