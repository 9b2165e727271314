namespace Briefly.Summarization.Evaluation;

/// <summary>A summary as token ids with its line ("\n"-separated sentence) boundaries; reused between calls to avoid garbage.</summary>
internal sealed class TokenSequence
{
    private int[] _ids = new int[256];
    private int[] _lineEnds = new int[16];

    public int Count { get; private set; }

    public int LineCount { get; private set; }

    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    public ReadOnlySpan<int> Line(int index)
    {
        var start = index == 0 ? 0 : _lineEnds[index - 1];
        return _ids.AsSpan(start, _lineEnds[index] - start);
    }

    public void Clear()
    {
        Count = 0;
        LineCount = 0;
    }

    public void Add(int id)
    {
        if (Count == _ids.Length)
            Array.Resize(ref _ids, _ids.Length * 2);
        _ids[Count++] = id;
    }

    public void EndLine()
    {
        if (LineCount == _lineEnds.Length)
            Array.Resize(ref _lineEnds, _lineEnds.Length * 2);
        _lineEnds[LineCount++] = Count;
    }
}
