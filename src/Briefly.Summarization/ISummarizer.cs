namespace Briefly.Summarization;

public interface ISummarizer
{
    string Name { get; }

    Summary Summarize(string text, SummaryOptions options);
}
