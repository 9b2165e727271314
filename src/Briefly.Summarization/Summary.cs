using Briefly.Text;

namespace Briefly.Summarization;

/// <summary>
/// One summary sentence. A chosen sentence (extractive methods) is the article's own: its exact text, UTF-16 span
/// in the input, place among the source sentences and score. A written sentence (<c>llm</c>) has only its text and
/// <see cref="Sources"/>, the article sentences that support it; its span is empty and its index -1.
/// </summary>
public sealed record SummarySentence(string Text, int Start, int Length, int Index, double Score, IReadOnlyList<TextSpan>? Sources = null)
{
    /// <summary>A sentence a model wrote, supported by <paramref name="sources"/> (spans of the article text).</summary>
    public static SummarySentence Written(string text, IReadOnlyList<TextSpan> sources) => new(text, 0, 0, -1, 0, sources);

    public bool IsWritten => Sources is not null;
}

/// <param name="Language">The text's language (ISO 639-1), given or detected.</param>
/// <param name="Method">The method that made the sentences: the one asked for, or "default" for a fallback.</param>
/// <param name="Sentences">In article order (written sentences in the model's order).</param>
/// <param name="SourceSentences">Summary-worthy sentences in the text.</param>
/// <param name="SourceWords">Words in the text.</param>
/// <param name="Model">The model that wrote the summary (method <c>llm</c>); null for the built-in methods.</param>
/// <param name="Fallback">
/// Why a written summary was asked for and this extractive one is served instead: "unsupported" (a sentence the
/// article does not support, or the wrong language), "timeout", "unavailable" (the endpoint failed or answered
/// nonsense) or "budget" (the day's tokens are spent); null when the summary is what was asked for.
/// </param>
public sealed record Summary(
    string Language,
    string Method,
    IReadOnlyList<SummarySentence> Sentences,
    int SourceSentences,
    int SourceWords,
    string? Model = null,
    string? Fallback = null)
{
    /// <summary>
    /// A fallback served because the model could not answer now: shown, never kept, so that the next reader asks
    /// again. A summary refused as unsupported is kept (asking the same model again costs and likely fails again).
    /// </summary>
    public bool IsTemporary => Fallback is "timeout" or "unavailable" or "budget";

    /// <summary>The sentences as one paragraph: a teaser, a page description, a feed item.</summary>
    public string Paragraph => string.Join(" ", Sentences.Select(s => s.Text));
}
