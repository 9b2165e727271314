namespace Briefly.Summarization.Evaluation;

/// <summary>
/// Averages per-document F1 (macro average, as ROUGE-1.5.5 does with one reference per document),
/// so a whole evaluation set never has to be held in memory. Values are F1 x 100.
/// </summary>
public sealed class RougeAccumulator
{
    private double _rouge1;
    private double _rouge2;
    private double _rougeL;
    private double _rougeLsum;

    public int Count { get; private set; }

    public double Rouge1 => Mean(_rouge1);

    public double Rouge2 => Mean(_rouge2);

    public double RougeL => Mean(_rougeL);

    public double RougeLsum => Mean(_rougeLsum);

    public void Add(RougeResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        _rouge1 += r.Rouge1.F1;
        _rouge2 += r.Rouge2.F1;
        _rougeL += r.RougeL.F1;
        _rougeLsum += r.RougeLsum.F1;
        Count++;
    }

    private double Mean(double sum) => Count == 0 ? 0 : sum * 100 / Count;
}
