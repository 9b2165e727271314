using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Tests.Support;

namespace Briefly.Summarization.Tests.Evaluation;

/// <summary>Per-document scores from the official ROUGE-1.5.5.pl; see shared/data/rouge-reference/README.md.</summary>
public class RougeReferenceTests
{
    private const string DataSet = "rouge-reference";

    // The expected values are F1 x 100 rounded to 3 decimals by the script's own 5-decimal output.
    private const double Tolerance = 0.01;

    [SharedDataFact(DataSet)]
    public void Every_document_matches_ROUGE_1_5_5()
    {
        var directory = SharedData.Require(DataSet);
        var references = ReadSummaries(Path.Combine(directory, "refs.jsonl"));
        var candidates = ReadSummaries(Path.Combine(directory, "cands.jsonl"));
        var failures = new StringBuilder();
        var mismatched = 0;
        var checkedDocuments = 0;

        foreach (var line in File.ReadLines(Path.Combine(directory, "expected.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var record = JsonDocument.Parse(line);
            var expected = record.RootElement;
            var id = expected.GetProperty("id").GetString()!;
            if (!references.TryGetValue(id, out var reference) || !candidates.TryGetValue(id, out var candidate))
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{id}: missing from refs.jsonl or cands.jsonl");
                mismatched++;
                continue;
            }

            checkedDocuments++;
            var result = Rouge.Score(reference, candidate, "en");
            var differences = new List<string>();
            Compare("rouge1", result.Rouge1);
            Compare("rouge2", result.Rouge2);
            Compare("rougeL", result.RougeL);
            Compare("rougeLsum", result.RougeLsum);
            if (differences.Count > 0)
            {
                mismatched++;
                failures.AppendLine(CultureInfo.InvariantCulture, $"{id}: {string.Join(", ", differences)}");
            }

            void Compare(string name, RougeScore actual)
            {
                var want = expected.GetProperty(name).GetDouble();
                var got = actual.F1 * 100;
                if (Math.Abs(got - want) > Tolerance)
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{name} expected {want:F3} got {got:F3}"));
            }
        }

        Assert.True(checkedDocuments > 0, $"no records in {directory}");
        Assert.True(mismatched == 0, $"{mismatched} of {checkedDocuments} documents differ from ROUGE-1.5.5 by more than {Tolerance}:\n{failures}");
    }

    [SharedDataFact(DataSet)]
    public void Means_match_ROUGE_1_5_5()
    {
        var directory = SharedData.Require(DataSet);
        var references = ReadSummaries(Path.Combine(directory, "refs.jsonl"));
        var candidates = ReadSummaries(Path.Combine(directory, "cands.jsonl"));
        var accumulator = new RougeAccumulator();
        foreach (var (id, reference) in references)
        {
            if (candidates.TryGetValue(id, out var candidate))
                accumulator.Add(Rouge.Score(reference, candidate, "en"));
        }

        using var means = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "expected_mean.json")));
        var expected = means.RootElement;
        Assert.Equal(expected.GetProperty("n").GetInt32(), accumulator.Count);
        Assert.Equal(expected.GetProperty("rouge1").GetDouble(), accumulator.Rouge1, Tolerance);
        Assert.Equal(expected.GetProperty("rouge2").GetDouble(), accumulator.Rouge2, Tolerance);
        Assert.Equal(expected.GetProperty("rougeL").GetDouble(), accumulator.RougeL, Tolerance);
        Assert.Equal(expected.GetProperty("rougeLsum").GetDouble(), accumulator.RougeLsum, Tolerance);
    }

    private static Dictionary<string, string> ReadSummaries(string path)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var record = JsonDocument.Parse(line);
            summaries[record.RootElement.GetProperty("id").GetString()!] = record.RootElement.GetProperty("summary").GetString()!;
        }
        return summaries;
    }
}
