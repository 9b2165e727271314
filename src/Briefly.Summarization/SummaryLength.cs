namespace Briefly.Summarization;

public enum LengthUnit
{
    Sentences,
    Words,
    Ratio,
}

/// <summary>How long a summary may be: a number of sentences, a word budget, or a fraction of the source's words.</summary>
public readonly record struct SummaryLength(LengthUnit Unit, double Value)
{
    public static SummaryLength Sentences(int count) => new(LengthUnit.Sentences, count);

    public static SummaryLength Words(int count) => new(LengthUnit.Words, count);

    public static SummaryLength Ratio(double ratio) => new(LengthUnit.Ratio, ratio);

    public override string ToString() => Unit switch
    {
        LengthUnit.Sentences => FormattableString.Invariant($"{Value:0} sentences"),
        LengthUnit.Words => FormattableString.Invariant($"{Value:0} words"),
        _ => FormattableString.Invariant($"{Value:0.###} of the text"),
    };
}
