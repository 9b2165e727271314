namespace Briefly.Summarization;

/// <summary>
/// A summarization method. Asynchronous, because a method may ask a remote model; the built-in extractive methods
/// answer at once (and offer a synchronous <see cref="ExtractiveSummarizer.Summarize(string, SummaryOptions)"/> for
/// evaluation loops).
/// </summary>
public interface ISummarizer
{
    /// <summary>The name users give (`--method`, `"method"`, `?method=`).</summary>
    string Name { get; }

    /// <summary>One line for help texts and the API description.</summary>
    string Description { get; }

    /// <summary>
    /// What this method's summaries depend on besides the text and the length (the engine's code; a model and its
    /// prompt): part of every key a summary is kept under, so a change is never answered from an older summary.
    /// </summary>
    string Version { get; }

    /// <summary>
    /// Whether the work is done elsewhere (a model's server): such a method costs per request, is not warmed up or
    /// run unasked by evaluation, and holds no local compute slot while it waits.
    /// </summary>
    bool IsRemote => false;

    ValueTask<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default);
}
