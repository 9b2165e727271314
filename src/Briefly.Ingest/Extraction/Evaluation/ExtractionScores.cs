namespace Briefly.Ingest.Extraction.Evaluation;

/// <summary>A benchmark's result over a set of pages: each figure 0..1 as that benchmark defines it.</summary>
/// <param name="Pages">Pages scored.</param>
/// <param name="Precision">Mean per-page precision.</param>
/// <param name="Recall">Mean per-page recall.</param>
/// <param name="F1">As the benchmark defines it (harmonic mean of the means, or mean of per-page F1).</param>
/// <param name="Accuracy">Share of pages whose predicted words equal the truth's, where the benchmark reports it.</param>
public sealed record ExtractionScores(int Pages, double Precision, double Recall, double F1, double? Accuracy);
