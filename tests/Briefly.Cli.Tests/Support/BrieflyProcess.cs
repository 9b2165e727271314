using System.Diagnostics;
using System.Text;

namespace Briefly.Cli.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real `briefly` program (built next to the tests) as a child process.</summary>
public static class BrieflyProcess
{
    public static CliResult Run(string? stdin, params string[] args) => Run(stdin is null ? null : Encoding.UTF8.GetBytes(stdin), args);

    public static CliResult Run(byte[]? stdin, params string[] args) => RunWith(new Dictionary<string, string>(), stdin, args);

    /// <summary>Runs with <paramref name="environment"/> added to this process's environment.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> environment, string? stdin, params string[] args) =>
        RunWith(environment, stdin is null ? null : Encoding.UTF8.GetBytes(stdin), args);

    private static CliResult RunWith(IReadOnlyDictionary<string, string> environment, byte[]? stdin, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // A model configured on the developer's machine must not change what the tests see.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Briefly__Llm__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefly.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"briefly {string.Join(' ', args)} did not finish");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string content, string extension = ".txt")
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs <c>briefly {command} {a temporary file holding content} {options}</c>, then deletes the file.</summary>
    public static CliResult RunOnFile(byte[] content, string command, params string[] options)
    {
        var path = TempFile(content);
        try
        {
            return Run((string?)null, [command, path, .. options]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string TempFile(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, content);
        return path;
    }
}
