namespace Briefly.Summarization.Tests.Support;

/// <summary>
/// A fact that needs <c>shared/data/<i>name</i></c>. xunit 2 cannot skip at run time, so the check happens when
/// the test is discovered: without the data the test shows as skipped, with the reason, instead of failing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string name)
    {
        Name = name;
        if (SharedData.Find(name) is null)
            Skip = SharedData.MissingMessage(name);
    }

    public string Name { get; }
}
