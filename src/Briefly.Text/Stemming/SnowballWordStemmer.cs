using Lucene.Net.Tartarus.Snowball;

namespace Briefly.Text.Stemming;

/// <summary>Adapts a Lucene.Net Snowball program, with a memo because news text repeats its words and Snowball is the costly step.</summary>
public sealed class SnowballWordStemmer(SnowballProgram program) : IWordStemmer
{
    private const int MemoLimit = 50_000;
    private readonly Dictionary<string, string> _memo = new(StringComparer.Ordinal);

    public string Stem(string word)
    {
        if (_memo.TryGetValue(word, out var stem))
            return stem;
        program.SetCurrent(word);
        program.Stem();
        stem = program.Current;
        if (_memo.Count >= MemoLimit)
            _memo.Clear();
        _memo[word] = stem;
        return stem;
    }
}
