namespace Briefly.Web.Summaries;

/// <summary>A slot taken from <see cref="SummarizeAdmission"/>, given back once: at the end, or earlier when the rest of the work is another server's.</summary>
public sealed class AdmissionSlot(SummarizeAdmission admission) : IDisposable
{
    private int _returned;

    public SummarizeAdmission Admission => admission;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
            admission.Leave();
    }
}
