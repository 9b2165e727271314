namespace Briefly.Summarization.Evaluation;

/// <summary>
/// The summary lengths quality is judged at — what readers and API users ask for: 1–6 sentences and 50, 100 and 200
/// words. <c>briefly train --hybrid</c> chooses the default method's blend over them, the quality regression test
/// checks them, and <c>scripts/bench</c> prints them.
/// </summary>
public static class LengthGrid
{
    public static IReadOnlyList<SummaryLength> Lengths { get; } =
    [
        SummaryLength.Sentences(1), SummaryLength.Sentences(2), SummaryLength.Sentences(3), SummaryLength.Sentences(4),
        SummaryLength.Sentences(5), SummaryLength.Sentences(6), SummaryLength.Words(50), SummaryLength.Words(100), SummaryLength.Words(200),
    ];
}
