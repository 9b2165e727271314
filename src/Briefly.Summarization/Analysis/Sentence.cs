using Briefly.Text;

namespace Briefly.Summarization.Analysis;

/// <summary>
/// One candidate sentence: its span in the source, its place in the article, and its content terms
/// (document-local ids of the stems of non-stop words, in order, duplicates kept) used by every ranker.
/// </summary>
public sealed class Sentence
{
    public required TextSpan Span { get; init; }
    public required int Index { get; init; }
    public required int Paragraph { get; init; }
    /// <summary>Position of the sentence inside its paragraph (0 = opens the paragraph).</summary>
    public required int IndexInParagraph { get; init; }
    public required int WordCount { get; init; }
    public required int[] Terms { get; init; }
    /// <summary>Term ids of all words, stop words included, for n-gram redundancy checks.</summary>
    public required int[] AllStems { get; init; }
    public bool IsQuote { get; init; }
    public bool IsQuestion { get; init; }

    /// <summary>Words after the first that start with a capital letter: names of people, places, organisations.</summary>
    public int CapitalizedWords { get; init; }

    /// <summary>Words with a digit: figures, dates, scores.</summary>
    public int NumberWords { get; init; }
}
