namespace Briefly.Summarization.Training;

/// <summary>One record of an evaluation set: an article and its human reference summary.</summary>
public sealed record TrainingExample(string Lang, string? Title, string Text, string Summary);

/// <summary>A named set of examples and the summary length, in sentences, its oracle labels are made at.</summary>
public sealed record TrainingSet(string Name, int Sentences, IReadOnlyList<TrainingExample> Examples)
{
    /// <summary>The examples' mean reference length in lines, rounded, between 1 and 3: a set's length when none is given.</summary>
    public static int MeanReferenceSentences(IEnumerable<TrainingExample> examples) =>
        Math.Clamp((int)Math.Round(examples.Average(e => e.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length)), 1, 3);
}
