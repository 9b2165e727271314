namespace Briefly.Summarization.Tests.Support;

/// <summary>
/// Finds the team's shared data (<c>shared/data/...</c> next to the repository, same layout in CI) by walking up
/// from the test binaries, so tests never depend on the working directory and nothing is copied into the repo.
/// </summary>
public static class SharedData
{
    /// <summary>The directory <c>shared/data/<paramref name="name"/></c>, or null when no ancestor of the test binaries has it.</summary>
    public static string? Find(string name)
    {
        var relative = Path.Combine("shared", "data", name);
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Like <see cref="Find"/>, for tests that <see cref="SharedDataFactAttribute"/> already skips when the data is absent.</summary>
    public static string Require(string name) =>
        Find(name) ?? throw new DirectoryNotFoundException(MissingMessage(name));

    public static string MissingMessage(string name) =>
        $"../shared/data not found: no ancestor of {AppContext.BaseDirectory} contains {Path.Combine("shared", "data", name)}";
}
