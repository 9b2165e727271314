namespace Briefly.Storage.Testing;

/// <summary>A clock the test moves by hand, so times in assertions are exact and never read the wall clock.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
