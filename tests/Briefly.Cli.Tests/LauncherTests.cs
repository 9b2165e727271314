using System.Diagnostics;

namespace Briefly.Cli.Tests;

/// <summary>
/// The `./briefly` launcher script, run as a child process in a scratch copy of the repository layout with a stand-in
/// `dotnet` on PATH that records being called, so a rebuild shows without spending a real build.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LauncherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefly-launcher-" + Guid.NewGuid().ToString("N"));

    public LauncherTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "Briefly.Cli"));
        Directory.CreateDirectory(Path.Combine(_root, "fake-bin"));
        File.Copy(Path.Combine(RepositoryRoot(), "briefly"), Path.Combine(_root, "briefly"));
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "src", "Briefly.Cli", "Program.cs"), "// source");
        // The stand-in `dotnet publish` writes a program that says it ran, and logs the build.
        Script(Path.Combine(_root, "fake-bin", "dotnet"), $$"""
            #!/usr/bin/env bash
            echo build >> "{{_root}}/builds.log"
            out="$(printf '%s\n' "$@" | sed -n '/^-o$/{n;p}')"
            mkdir -p "$out" "{{_root}}/src/Briefly.Cli/bin/Release" "{{_root}}/src/Briefly.Cli/obj"
            printf '#!/usr/bin/env bash\necho ran "$@"\n' > "$out/briefly"
            chmod +x "$out/briefly"
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_first_call_says_it_is_building_and_the_second_does_not_build_again()
    {
        var first = Run("--version");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("ran --version", first.Stdout.Trim());
        Assert.Contains("building", first.Stderr, StringComparison.Ordinal);

        var second = Run("--version");
        Assert.Equal("ran --version", second.Stdout.Trim());
        Assert.Equal("", second.Stderr);
        Assert.Single(File.ReadAllLines(Path.Combine(_root, "builds.log")));

        // A changed source is built again.
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src", "Briefly.Cli", "Program.cs"), DateTime.UtcNow.AddSeconds(5));
        Run("--version");
        Assert.Equal(2, File.ReadAllLines(Path.Combine(_root, "builds.log")).Length);
    }

    private (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(_root, "briefly"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["PATH"] = Path.Combine(_root, "fake-bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    private static void Script(string path, string text)
    {
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefly.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("the repository root (Briefly.slnx) was not found above the test binaries");
    }
}
