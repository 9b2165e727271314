using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class EvalCommandTests
{
    private static string DataSet()
    {
        var lines = new[]
        {
            Record("a", "en", Articles.English, "The harbour bridge reopened after a repair.\nEngineers replaced cables."),
            Record("b", "ru", Articles.Russian, "В Твери открылась новая библиотека."),
            Record("c", "en", "The vote was delayed. Members argued for hours. A new date was set for Friday.", "The vote was delayed until Friday."),
        };
        return BrieflyProcess.TempFile(string.Join("\n", lines) + "\n", ".jsonl");
    }

    private static string Record(string id, string lang, string text, string summary) =>
        JsonSerializer.Serialize(new { id, lang, title = (string?)null, text, summary });

    [Fact]
    public void Table_has_a_row_per_method_with_lead_as_baseline()
    {
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", DataSet());
        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Equal(["lead", "textrank", "lexrank", "default"], rows.Select(r => r.Split('|')[1].Trim()));
        Assert.All(rows, r => Assert.Equal("3", r.Split('|')[2].Trim()));
    }

    [Fact]
    public void Json_rows_carry_scores_and_speed()
    {
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", DataSet(), "--method", "default", "--json", "--sentences", "1");
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.TrimEnd('\n').Split('\n'));
        using var doc = JsonDocument.Parse(line);
        var row = doc.RootElement;
        Assert.Equal("default", row.GetProperty("method").GetString());
        Assert.Equal(3, row.GetProperty("n").GetInt32());
        foreach (var key in new[] { "rouge1", "rouge2", "rougeL", "rougeLsum" })
        {
            var value = row.GetProperty(key).GetDouble();
            Assert.InRange(value, 0, 100);
        }
        Assert.True(row.GetProperty("rouge1").GetDouble() > 10);
        Assert.True(row.GetProperty("articles_per_second").GetDouble() > 0);
    }

    [Fact]
    public void Ablation_adds_untimed_rows_for_the_default_without_each_part()
    {
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", DataSet(), "--method", "default", "--json", "--ablation");
        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("default", rows[0].GetProperty("method").GetString());
        Assert.True(rows[0].GetProperty("articles_per_second").GetDouble() > 0);
        var variants = rows.Skip(1).ToList();
        Assert.Contains(variants, r => r.GetProperty("method").GetString() == "− learned model and TextRank (hand-tuned quality alone)");
        Assert.Contains(variants, r => r.GetProperty("method").GetString() == "− TextRank term of the quality");
        Assert.Contains(variants, r => r.GetProperty("method").GetString() == "− leader (quality plus position for every sentence)");
        Assert.Contains(variants, r => r.GetProperty("method").GetString() == "− readable selection (back-references and quotations)");
        Assert.Contains(variants, r => r.GetProperty("method").GetString() == "− near-duplicate blocking");
        Assert.All(variants, r =>
        {
            Assert.StartsWith("− ", r.GetProperty("method").GetString(), StringComparison.Ordinal);
            Assert.Equal(3, r.GetProperty("n").GetInt32());
            Assert.Equal(JsonValueKind.Null, r.GetProperty("articles_per_second").ValueKind);
        });
    }

    [Fact]
    public void Several_lengths_give_a_row_per_method_and_length_with_a_dangling_share()
    {
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", DataSet(), "--sentences", "1", "2", "--words", "20", "--ratio", "0.5", "--json");
        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(16, rows.Count);
        Assert.Equal(["1 sentences", "2 sentences", "20 words", "0.5 of the text"], rows.Select(r => r.GetProperty("length").GetString()).Distinct());
        Assert.All(rows, r => Assert.InRange(r.GetProperty("dangling").GetDouble(), 0, 100));
    }

    [Fact]
    public void The_dangling_column_counts_summaries_that_open_with_a_back_reference_out_of_context()
    {
        // The third sentence leans on the second: LexRank takes it alone and dangles; lead and default do not.
        var lines = new[]
        {
            Record("d", "en", "Rain flooded the valley road overnight.\nCrews closed the road to all traffic.\nThey said the road would reopen after the crews cleared the road of mud and the road was safe.", "Crews closed the flooded road."),
        };
        var data = BrieflyProcess.TempFile(string.Join("\n", lines) + "\n", ".jsonl");
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", data, "--method", "lead", "--method", "lexrank", "--method", "default", "--sentences", "1", "--json");
        Assert.Equal(0, result.ExitCode);
        var dangling = result.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("method").GetString()!, r => r.GetProperty("dangling").GetDouble());
        Assert.Equal(0, dangling["lead"]);
        Assert.Equal(100, dangling["lexrank"]);
        Assert.Equal(0, dangling["default"]);
        var table = BrieflyProcess.Run((string?)null, "eval", "--data", data, "--method", "lexrank", "--sentences", "1");
        Assert.Contains("| dangling % |", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_lengths_are_usage_errors()
    {
        foreach (var args in new[] { new[] { "--sentences", "0" }, ["--words", "0"], ["--ratio", "1.5"] })
        {
            var result = BrieflyProcess.Run((string?)null, ["eval", "--data", DataSet(), .. args]);
            Assert.Equal(2, result.ExitCode);
        }
    }

    [Fact]
    public void Limit_takes_the_first_records()
    {
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", DataSet(), "--method", "lead", "--limit", "2", "--json");
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void Candidates_written_by_eval_score_the_same_with_rouge()
    {
        var data = DataSet();
        var candidates = Path.ChangeExtension(BrieflyProcess.TempFile(""), ".cands.jsonl");
        var eval = BrieflyProcess.Run((string?)null, "eval", "--data", data, "--method", "textrank", "--json", "--out", candidates);
        Assert.Equal(0, eval.ExitCode);
        var rouge = BrieflyProcess.Run((string?)null, "rouge", "--refs", data, "--cands", candidates, "--json");
        Assert.Equal(0, rouge.ExitCode);
        using var e = JsonDocument.Parse(eval.Stdout);
        using var r = JsonDocument.Parse(rouge.Stdout);
        Assert.Equal("textrank", r.RootElement.GetProperty("method").GetString());
        foreach (var key in new[] { "rouge1", "rouge2", "rougeL", "rougeLsum" })
            Assert.Equal(e.RootElement.GetProperty(key).GetDouble(), r.RootElement.GetProperty(key).GetDouble());
    }

    [Fact]
    public void Rouge_of_references_against_themselves_is_100()
    {
        var refs = BrieflyProcess.TempFile("{\"id\":\"x\",\"summary\":\"The bridge reopened on Tuesday.\\nTraffic was light.\"}\n", ".jsonl");
        var result = BrieflyProcess.Run((string?)null, "rouge", "--refs", refs, "--cands", refs, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(100, doc.RootElement.GetProperty("rouge1").GetDouble());
        Assert.Equal(100, doc.RootElement.GetProperty("rougeLsum").GetDouble());
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "--data", "/no/such.jsonl")]
    [InlineData("rouge", "--refs", "/no/such.jsonl", "--cands", "/no/such.jsonl")]
    public void Missing_data_exits_2(params string[] args)
    {
        var result = BrieflyProcess.Run((string?)null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_malformed_line_is_named()
    {
        var bad = BrieflyProcess.TempFile("{\"id\":\"a\",\"text\":\"x\",\"summary\":\"y\"}\nnot json\n", ".jsonl");
        var result = BrieflyProcess.Run((string?)null, "eval", "--data", bad);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":2:", result.Stderr, StringComparison.Ordinal);
    }
}
