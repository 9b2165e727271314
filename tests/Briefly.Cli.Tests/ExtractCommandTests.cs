using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public void Text_format_prints_title_blank_line_then_paragraphs()
    {
        var result = BrieflyProcess.Run(Articles.Html, "extract");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("Harbour bridge reopens", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Contains("The city's old harbour bridge reopened to traffic on Tuesday after a six-month repair.", lines);
        Assert.DoesNotContain("Do not summarize me", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_has_the_contract_fields()
    {
        var result = BrieflyProcess.Run(Articles.Html, "extract", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        foreach (var key in new[] { "title", "byline", "published", "language", "text", "html" })
            Assert.True(doc.RootElement.TryGetProperty(key, out _), key);
        Assert.Equal("en", doc.RootElement.GetProperty("language").GetString());
    }
}
