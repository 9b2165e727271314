using System.CommandLine;
using Briefly.Cli.Evaluation;
using Briefly.Summarization.Evaluation;

namespace Briefly.Cli.Commands;

public static class RougeCommand
{
    public static Command Create()
    {
        var refs = new Option<string>("--refs") { Description = "References, JSON Lines {id, summary}", Required = true };
        var cands = new Option<string>("--cands") { Description = "Candidates, JSON Lines {id, summary} (an optional \"method\" field gives a row per method)", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language when a reference record has no \"lang\" field", DefaultValueFactory = _ => "en" };
        var json = new Option<bool>("--json") { Description = "One JSON object per method instead of a table" };
        var command = new Command("rouge", "Score candidate summaries against references (ROUGE-1/2/L/Lsum F1, as ROUGE-1.5.5)")
        {
            refs, cands, lang, json,
        };
        command.SetAction(result =>
        {
            var refsPath = result.GetValue(refs)!;
            var candsPath = result.GetValue(cands)!;
            var fallbackLang = MethodOption.Language(result.GetValue(lang)) ?? "en";
            var references = new Dictionary<string, (string Summary, string Lang)>(StringComparer.Ordinal);
            foreach (var e in JsonLines.Read(refsPath))
                references[e.Required("id", refsPath)] = (e.Required("summary", refsPath), e.OptionalString("lang") ?? fallbackLang);

            var byMethod = new Dictionary<string, RougeAccumulator>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var e in JsonLines.Read(candsPath))
            {
                var id = e.Required("id", candsPath);
                if (!references.TryGetValue(id, out var reference))
                    throw new UsageException($"{candsPath}: candidate '{id}' has no reference in {refsPath}");
                var method = e.OptionalString("method") ?? "candidates";
                if (!byMethod.TryGetValue(method, out var acc))
                {
                    byMethod[method] = acc = new RougeAccumulator();
                    order.Add(method);
                }
                acc.Add(Rouge.Score(reference.Summary, e.Required("summary", candsPath), reference.Lang));
            }
            if (order.Count == 0)
                throw new UsageException($"{candsPath} has no candidates");
            var rows = order.Select(m => new EvalRow(m, byMethod[m], null)).ToList();
            EvalRow.Write(Console.Out, rows, result.GetValue(json));
            return ExitCodes.Ok;
        });
        return command;
    }
}
