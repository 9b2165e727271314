namespace Briefly.Summarization.Evaluation;

/// <summary>One ROUGE measure for one candidate/reference pair; all values are fractions in 0..1.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static readonly RougeScore Zero = new(0, 0, 0);

    /// <summary>ROUGE-1.5.5's balanced F (alpha = 0.5): recall counts against the reference, precision against the candidate.</summary>
    public static RougeScore FromCounts(int hits, int referenceCount, int candidateCount)
    {
        var recall = referenceCount > 0 ? (double)hits / referenceCount : 0;
        var precision = candidateCount > 0 ? (double)hits / candidateCount : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RougeScore(precision, recall, f1);
    }
}
