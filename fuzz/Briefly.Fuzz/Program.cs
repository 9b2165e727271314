using Briefly.Fuzz;
using SharpFuzz;

// scripts/fuzz runs this under afl-fuzz: `Briefly.Fuzz <target>` reads each input from standard input, and any
// exception a target does not expect (so not the one-line refusals it documents) is a finding.
// `Briefly.Fuzz <target> <file>...` runs files once, without afl, to replay a finding or check the corpus.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Briefly.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [file...]");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
        target(File.ReadAllBytes(file));
    Console.WriteLine($"{args.Length - 1} inputs ran without a finding");
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
