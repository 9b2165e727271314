namespace Briefly.Text;

/// <summary>A run of UTF-16 code units in a source string: the unit every stage of the pipeline reports.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public string Slice(string text) => text.Substring(Start, Length);
}
