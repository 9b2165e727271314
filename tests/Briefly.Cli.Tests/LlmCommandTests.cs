using System.Text.Json;
using Briefly.Cli.Tests.Support;
using Briefly.ModelStandIn;

namespace Briefly.Cli.Tests;

/// <summary>`summarize --method llm` and `eval --method llm` as child processes, against a stand-in model server on 127.0.0.1.</summary>
public sealed class LlmCommandTests
{
    // A cold process on a loaded machine may take seconds for its first request: a minute, except for the slow case,
    // which the stand-in holds for minutes.
    private static Dictionary<string, string> Settings(ModelServer server, string name = "faithful") => new()
    {
        ["Briefly__Llm__Endpoint"] = server.Endpoint.ToString(),
        ["Briefly__Llm__Model"] = "stand-in-7b",
        ["Briefly__Llm__TimeoutSeconds"] = name == "slow" ? "3" : "60",
    };

    public static TheoryData<string> Cases() => [.. StoryCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Summarize_with_llm_prints_the_written_summary_or_the_fallback_and_why(string name)
    {
        var (_, reply, fallback) = StoryCases.Named(name);
        await using var server = await ModelServer.StartAsync(reply);

        var result = BrieflyProcess.RunWith(Settings(server, name), StoryCases.Text, "summarize", "-", "--method", "llm", "-n", "2", "--format", "json", "--title", StoryCases.Title);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(2, sentences.Count);
        if (fallback is null)
        {
            Assert.Equal(("llm", "stand-in-7b"), (root.GetProperty("method").GetString(), root.GetProperty("model").GetString()));
            Assert.False(root.TryGetProperty("fallback", out _));
            Assert.Equal(StoryCases.Faithful.Split('\n'), sentences.Select(s => s.GetProperty("text").GetString()));
            foreach (var source in sentences.SelectMany(s => s.GetProperty("sources").EnumerateArray()))
            {
                var text = StoryCases.Text.Substring(source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32());
                Assert.Contains(text, StoryCases.Text.Split('\n').SelectMany(p => p.Split(". ")).Select(s => s.TrimEnd('.') + "."));
            }
            Assert.Equal("", result.Stderr);
        }
        else
        {
            Assert.Equal(("default", fallback), (root.GetProperty("method").GetString(), root.GetProperty("fallback").GetString()));
            Assert.All(sentences, s => Assert.Contains(s.GetProperty("text").GetString()!, StoryCases.Text, StringComparison.Ordinal));
            Assert.Equal($"briefly: the llm summary could not be served ({fallback}); this is the default summary", result.Stderr.Trim());
        }
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Eval_measures_a_model_with_the_share_it_wrote_and_its_fallbacks()
    {
        var data = BrieflyProcess.TempFile(
            JsonSerializer.Serialize(new { id = "a", lang = "en", title = StoryCases.Title, text = StoryCases.Text, summary = StoryCases.Faithful }) + "\n"
            + JsonSerializer.Serialize(new { id = "b", lang = "en", title = StoryCases.Title, text = StoryCases.Text + "\nThe river is wide.", summary = StoryCases.Faithful }) + "\n",
            ".jsonl");
        try
        {
            await using var server = await ModelServer.StartAsync(_ => ModelReply.Answer(StoryCases.Faithful));
            var faithful = BrieflyProcess.RunWith(Settings(server), null, "eval", "--data", data, "--method", "llm", "--method", "lead", "--sentences", "2", "--json");
            Assert.Equal(0, faithful.ExitCode);
            var rows = faithful.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var llm = rows.Single(r => r.GetProperty("method").GetString() == "llm");
            Assert.Equal((2, 100.0), (llm.GetProperty("n").GetInt32(), llm.GetProperty("written").GetDouble()));
            // The written summary is the reference itself.
            Assert.Equal(100.0, llm.GetProperty("rouge1").GetDouble());
            Assert.False(rows.Single(r => r.GetProperty("method").GetString() == "lead").TryGetProperty("written", out _));
            Assert.Equal(2, server.Requests.Count);

            server.Script = _ => ModelReply.Answer(StoryCases.InventedNumber);
            var invented = BrieflyProcess.RunWith(Settings(server), null, "eval", "--data", data, "--method", "llm", "--sentences", "2");
            Assert.Equal(0, invented.ExitCode);
            Assert.Contains("| llm | 2 |", invented.Stdout, StringComparison.Ordinal);
            Assert.Contains("| 0.0 | unsupported 2 |", invented.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }
}
