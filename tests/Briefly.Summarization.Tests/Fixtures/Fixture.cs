namespace Briefly.Summarization.Tests.Fixtures;

/// <summary>Articles written for these tests, copied next to the test assembly.</summary>
public static class Fixture
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
