namespace Briefly.Summarization;

/// <summary>One chosen sentence: its exact text and UTF-16 span in the input, its place among the source sentences, its score.</summary>
public sealed record SummarySentence(string Text, int Start, int Length, int Index, double Score);

public sealed record Summary(
    string Language,
    string Method,
    IReadOnlyList<SummarySentence> Sentences,
    int SourceSentences,
    int SourceWords);
