namespace Briefly.Summarization;

public sealed record SummaryOptions
{
    public SummaryLength Length { get; init; } = SummaryLength.Sentences(3);

    /// <summary>ISO 639-1 code; null or "auto" detects the language.</summary>
    public string? Language { get; init; }

    /// <summary>The article's headline, when known: rankers use it as a hint of what matters.</summary>
    public string? Title { get; init; }
}
