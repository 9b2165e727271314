namespace Briefly.Summarization.Analysis;

/// <summary>The analysed input: what every summarizer ranks. Built once per request by <see cref="DocumentAnalyzer"/>.</summary>
public sealed class Document
{
    public required string Text { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    /// <summary>Content term ids of the title, when one was given.</summary>
    public required int[] TitleTerms { get; init; }
    public required int SourceWords { get; init; }
    /// <summary>Term ids in this document (sentences and title) are below this.</summary>
    public required int VocabularySize { get; init; }
}
