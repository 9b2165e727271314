namespace Briefly.Summarization.Evaluation;

/// <summary>The four ROUGE measures the project reports for one candidate/reference pair.</summary>
public sealed record RougeResult(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum);
