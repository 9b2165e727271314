namespace Briefly.Summarization.Analysis;

/// <summary>The analysed input: what every summarizer ranks. Built once per request by <see cref="DocumentAnalyzer"/>.</summary>
public sealed class Document
{
    public required string Text { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<Sentence> Sentences { get; init; }
    /// <summary>Content term ids of the title, when one was given.</summary>
    public required int[] TitleTerms { get; init; }
    /// <summary>Words in the whole text, including any beyond <see cref="DocumentAnalyzer.MaxSentences"/>.</summary>
    public required int SourceWords { get; init; }
    /// <summary>
    /// Summary-worthy sentences in the whole text: <see cref="Sentences"/> plus those beyond
    /// <see cref="DocumentAnalyzer.MaxSentences"/>, which are counted but not analysed.
    /// </summary>
    public int SourceSentences { get; init; }
    /// <summary>Term ids in this document (sentences and title) are below this.</summary>
    public required int VocabularySize { get; init; }
}
