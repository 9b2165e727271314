using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class TrainCommandTests
{
    private static readonly (string Text, string Summary)[] Articles =
    [
        ("The council approved a new budget for the city schools.\nLight rain fell over the harbour.\nTeachers welcomed the money for books.", "The council approved a budget for schools."),
        ("Storms closed the mountain road for two days.\nDrivers waited in the village.\nCrews cleared fallen trees by Friday.", "Storms closed the mountain road."),
        ("The museum opened a new wing for modern art.\nVisitors queued since early morning.\nThe wing holds local paintings.", "A museum wing for modern art opened."),
        ("A ferry service to the island resumed after repairs.\nThe old boat had broken down in spring.\nTickets sold out within an hour.", "The island ferry resumed after repairs."),
        ("Farmers reported a record apple harvest this autumn.\nWarm weather helped the orchards.\nPrices at the market fell slightly.", "Farmers had a record apple harvest."),
        ("The library extended its opening hours on weekends.\nStudents had asked for more study space.\nThe change starts next month.", "The library will open longer on weekends."),
    ];

    private static string DataSet()
    {
        var lines = Articles.Select((a, i) => JsonSerializer.Serialize(new { id = $"r{i}", lang = "en", title = (string?)null, text = a.Text, summary = a.Summary }));
        return BrieflyProcess.TempFile(string.Join("\n", lines) + "\n", ".jsonl");
    }

    [Fact]
    public void Trains_with_cross_validation_and_writes_weights()
    {
        var data = DataSet();
        var weights = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.json");
        try
        {
            var result = BrieflyProcess.Run((string?)null, "train", "--data", data, "--folds", "3", "--out", weights);
            Assert.Equal(0, result.ExitCode);
            var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToList();
            Assert.Equal(["method", "lead", "textrank", "lexrank", "default", "learned (CV)", "greedy oracle (knows the reference)"], rows);
            using var doc = JsonDocument.Parse(File.ReadAllText(weights));
            var root = doc.RootElement;
            Assert.Equal("briefly-linear-ranker/1", root.GetProperty("format").GetString());
            Assert.StartsWith("briefly train --data", root.GetProperty("command").GetString(), StringComparison.Ordinal);
            Assert.True(root.GetProperty("features").GetArrayLength() > 10);
        }
        finally
        {
            File.Delete(data);
            File.Delete(weights);
        }
    }

    [Fact]
    public void Interactions_default_feature_and_hybrids_are_reported_and_written()
    {
        var data = DataSet();
        var weights = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.json");
        try
        {
            var grid = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.jsonl");
            var result = BrieflyProcess.Run((string?)null, "train", "--data", data, "--folds", "2", "--interactions", "shape", "--default-feature", "--hybrid", "--grid-out", grid, "--out", weights);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("interactions shape, default score as a feature", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("| λ 2, μ 2, π 16, leader |", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("#### The chosen blend, λ ", result.Stdout, StringComparison.Ordinal);
            // Every set at every length of the grid, sentences 1-6 and 50/100/200 words.
            foreach (var length in new[] { "1 sentences", "6 sentences", "50 words", "200 words" })
                Assert.Contains($" | {length} | ", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("- position_prior × has_title:", result.Stdout, StringComparison.Ordinal);
            var rows = File.ReadAllLines(grid).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            File.Delete(grid);
            Assert.Contains(rows, r => r.GetProperty("method").GetString() == "lead" && r.GetProperty("length").GetString() == "4 sentences");
            Assert.Contains(rows, r => r.GetProperty("method").GetString() == "λ 0, μ 0, π 0");
            using var doc = JsonDocument.Parse(File.ReadAllText(weights));
            var root = doc.RootElement;
            Assert.Contains(root.GetProperty("features").EnumerateArray(), f => f.GetProperty("name").GetString() == "default_score");
            Assert.True(root.GetProperty("interactions").GetArrayLength() > 10);
        }
        finally
        {
            File.Delete(data);
            File.Delete(weights);
        }
    }

    [Fact]
    public void Listwise_loss_trains_without_an_intercept()
    {
        var data = DataSet();
        var weights = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.json");
        try
        {
            var result = BrieflyProcess.Run((string?)null, "train", "--data", data, "--folds", "2", "--loss", "listwise", "--sharpness", "4", "--out", weights);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("listwise loss (sharpness 4)", result.Stdout, StringComparison.Ordinal);
            using var doc = JsonDocument.Parse(File.ReadAllText(weights));
            Assert.Equal(0, doc.RootElement.GetProperty("intercept").GetDouble());
        }
        finally
        {
            File.Delete(data);
            File.Delete(weights);
        }
    }

    [Theory]
    [InlineData("--loss", "pairwise", "--loss takes pointwise or listwise")]
    [InlineData("--sharpness", "0", "--sharpness must be")]
    public void Bad_loss_options_exit_2_with_one_line(string option, string value, string message)
    {
        var result = BrieflyProcess.Run((string?)null, "train", "--data", DataSet(), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Same_data_gives_the_same_weights()
    {
        var data = DataSet();
        var a = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.json");
        var b = Path.Combine(Path.GetTempPath(), $"briefly-test-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, BrieflyProcess.Run((string?)null, "train", "--data", data, "--folds", "2", "--out", a).ExitCode);
            Assert.Equal(0, BrieflyProcess.Run((string?)null, "train", "--data", data, "--folds", "2", "--out", b).ExitCode);
            // The command line differs only in the output path; the numbers must not.
            Assert.Equal(File.ReadAllText(a).Replace(a, b, StringComparison.Ordinal), File.ReadAllText(b));
        }
        finally
        {
            File.Delete(data);
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Theory]
    [InlineData("--folds", "1")]
    [InlineData("--sentences", "3", "1")]
    [InlineData("--scaling", "sideways")]
    [InlineData("--labels", "guess")]
    [InlineData("--interactions", "everything")]
    [InlineData("--limit", "0")]
    public void Bad_options_exit_2_with_one_line(params string[] extra)
    {
        var data = DataSet();
        try
        {
            var result = BrieflyProcess.Run((string?)null, ["train", "--data", data, .. extra]);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("briefly: ", result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Missing_or_malformed_data_exits_2()
    {
        var missing = BrieflyProcess.Run((string?)null, "train", "--data", "/nonexistent/set.jsonl");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);
        var broken = BrieflyProcess.TempFile("{not json\n", ".jsonl");
        try
        {
            Assert.Equal(2, BrieflyProcess.Run((string?)null, "train", "--data", broken).ExitCode);
        }
        finally
        {
            File.Delete(broken);
        }
        Assert.Equal(2, BrieflyProcess.Run((string?)null, "train").ExitCode);
    }
}
