namespace Briefly.Summarization;

/// <summary>What every method is asked: a text (paragraphs separated by "\n") and how to summarize it.</summary>
public sealed record SummaryRequest(string Text, SummaryOptions Options)
{
    public SummaryRequest(string text)
        : this(text, new SummaryOptions())
    {
    }
}
