using System.CommandLine;
using System.Globalization;
using Briefly.Cli.Evaluation;
using Briefly.Summarization.Faithfulness;
using Briefly.Text.Segmentation;

namespace Briefly.Cli.Commands;

/// <summary>
/// `briefly guard-eval`: how often the faithfulness guard accepts the sentences of human reference summaries (mostly
/// faithful) and how often it rejects copies of them with one invented fact (<see cref="Corruptions"/>).
/// </summary>
public static class GuardEvalCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "An evaluation set, JSON Lines {id, lang, text, summary}", Required = true };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N records" };
        var show = new Option<int>("--show") { Description = "Also print the first N untouched reference sentences the guard rejects (with why) and the first N corrupted copies or other articles' sentences it accepts, each with the article sentences it compared them with", DefaultValueFactory = _ => 0 };
        var command = new Command("guard-eval", "Measure the faithfulness guard: the share of reference sentences it accepts, and of corrupted copies it rejects")
        {
            data, limit, show,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(data)!;
            if (result.GetValue(limit) is < 1)
                throw new UsageException("--limit must be at least 1");
            var untouched = new Tally();
            // The most a guard that refuses facts absent from the article can accept: the references' sentences whose
            // every number, date and name the article has somewhere.
            var present = new Tally();
            // A written summary is served only when every sentence of it passes: the share of whole references that
            // would be is what a reader of a model as faithful as the references' writers would see.
            var wholes = new Tally();
            // What `llm` serves: it asks for one sentence more than the reader gets (a spare), so a reference of k
            // sentences read as the answer to a request for k - 1 is served when k - 1 of them pass.
            var spared = new Tally();
            var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
            var corrupted = Enum.GetValues<Corruption>().ToDictionary(k => k, _ => new Tally());
            // A sentence of the previous record's reference, checked against this article: an invented sentence with
            // nothing to change, which only the coverage of its words can refuse.
            var foreign = new Tally();
            (string Language, List<string> Sentences)? previous = null;
            var records = 0;
            var shown = 0;
            var missed = 0;
            foreach (var e in JsonLines.Read(path))
            {
                if (records >= result.GetValue(limit))
                    break;
                records++;
                var lang = MethodOption.Language(e.OptionalString("lang")) ?? "en";
                var text = e.Required("text", path);
                var summary = e.Required("summary", path);
                var guard = new FaithfulnessGuard(text, lang);
                var passing = 0;
                var sentences = SentenceSegmenter.Split(summary, lang).Select(span => span.Slice(summary)).ToList();
                if (previous is { } before && before.Language == lang)
                {
                    foreach (var sentence in before.Sentences)
                    {
                        var passed = guard.Check(sentence);
                        foreign.Add(passed.Supported);
                        if (passed.Supported && missed++ < result.GetValue(show))
                            Console.Error.WriteLine($"accepted (sentence of another article): {sentence}\n  sources: {Sources(passed, text)}");
                    }
                }
                previous = (lang, sentences);
                foreach (var sentence in sentences)
                {
                    var verdict = guard.Check(sentence);
                    untouched.Add(verdict.Supported);
                    present.Add(guard.Absent(sentence).Count == 0);
                    passing += verdict.Supported ? 1 : 0;
                    if (verdict.Reason is { } reason)
                    {
                        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                        if (shown++ < result.GetValue(show))
                            Console.Error.WriteLine($"rejected ({reason}: {string.Join(", ", verdict.Unsupported ?? [])}): {sentence}\n  sources: {Sources(verdict, text)}");
                    }
                    foreach (var kind in corrupted.Keys)
                    {
                        if (Corruptions.Apply(kind, sentence, text, lang) is { } copy)
                        {
                            var passed = guard.Check(copy);
                            corrupted[kind].Add(passed.Supported);
                            if (passed.Supported && missed++ < result.GetValue(show))
                                Console.Error.WriteLine($"accepted ({kind.ToString().ToLowerInvariant()} changed): {copy}\n  from: {sentence}\n  sources: {Sources(passed, text)}");
                        }
                    }
                }
                wholes.Add(passing == sentences.Count);
                if (sentences.Count >= 2)
                    spared.Add(passing >= sentences.Count - 1);
            }
            if (records == 0)
                throw new UsageException($"{path} has no records");
            Console.Out.WriteLine($"Faithfulness guard on {Path.GetFileName(path)}: {records} records (coverage threshold {FaithfulnessGuard.MinCoverage.ToString(CultureInfo.InvariantCulture)}).");
            Console.Out.WriteLine();
            Console.Out.WriteLine("| sentences | n | accepted | rejected |");
            Console.Out.WriteLine("|---|---:|---:|---:|");
            Console.Out.WriteLine(untouched.Row("reference, untouched"));
            Console.Out.WriteLine(present.Row("reference, every number, date and name in the article (the most a guard can accept)"));
            Console.Out.WriteLine(wholes.Row("whole reference summary (every sentence)"));
            Console.Out.WriteLine(spared.Row("reference of k >= 2 sentences, k - 1 passing (served with a spare)"));
            foreach (var (kind, tally) in corrupted)
                Console.Out.WriteLine(tally.Row($"{kind.ToString().ToLowerInvariant()} changed"));
            Console.Out.WriteLine(foreign.Row("sentence of another article"));
            Console.Out.WriteLine();
            Console.Out.WriteLine("Why untouched reference sentences were rejected: "
                + (reasons.Count == 0 ? "none were." : string.Join(", ", reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value}"))));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Sources(GuardVerdict verdict, string text) => string.Join(" | ", verdict.Sources.Select(x => x.Slice(text)));

    private sealed class Tally
    {
        private int _accepted;
        private int _count;

        public void Add(bool accepted)
        {
            _count++;
            if (accepted)
                _accepted++;
        }

        public string Row(string name) => _count == 0
            ? $"| {name} | 0 | – | – |"
            : FormattableString.Invariant($"| {name} | {_count} | {100.0 * _accepted / _count:0.0}% | {100.0 * (_count - _accepted) / _count:0.0}% |");
    }
}
