using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class GuardEvalCommandTests
{
    [Fact]
    public void Reports_the_share_of_references_accepted_and_of_corrupted_copies_rejected()
    {
        var records = new[]
        {
            new
            {
                id = "a",
                lang = "en",
                text = "The council of Millbrook approved a new bridge on Tuesday. The bridge will cost 14 million pounds.\n"
                    + "Mayor Ann Reed said work starts in May. Engineer Tom Vale will lead the project.",
                summary = "Millbrook's council approved a bridge that will cost 14 million pounds.\nMayor Ann Reed said work starts in May.",
            },
            new
            {
                id = "b",
                lang = "en",
                text = "The council of Millbrook approved a new bridge on Tuesday. The bridge will cost 14 million pounds.",
                summary = "Millbrook's council approved a bridge that will cost 14 million pounds.\nA dragon was seen flying over the harbour at dawn.",
            },
        };
        var data = BrieflyProcess.TempFile(string.Join("\n", records.Select(r => JsonSerializer.Serialize(r))) + "\n", ".jsonl");
        try
        {
            var result = BrieflyProcess.Run((string?)null, "guard-eval", "--data", data);

            Assert.Equal(0, result.ExitCode);
            var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
            Assert.Equal(["reference, untouched", "4", "75.0%", "25.0%"], rows.Single(r => r[1] == "reference, untouched")[1..5]);
            Assert.Equal(["2", "50.0%", "50.0%"], rows.Single(r => r[1].StartsWith("whole reference summary", StringComparison.Ordinal))[2..5]);
            // Read as answers with a spare, b's dragon is the sentence dropped: both would be served.
            Assert.Equal(["2", "100.0%", "0.0%"], rows.Single(r => r[1].StartsWith("reference of k >= 2 sentences", StringComparison.Ordinal))[2..5]);
            // The dragon is not in the article, but it is no name, number or date: every sentence could be accepted.
            Assert.Equal(["4", "100.0%", "0.0%"], rows.Single(r => r[1].StartsWith("reference, every number, date and name in the article", StringComparison.Ordinal))[2..5]);
            Assert.Equal("0.0%", rows.Single(r => r[1] == "number changed")[3]);
            Assert.Equal("0.0%", rows.Single(r => r[1] == "date changed")[3]);
            Assert.Equal("0.0%", rows.Single(r => r[1] == "negation changed")[3]);
            // Record a's sentences checked against record b's article, which has the bridge but not the mayor.
            Assert.Equal(["2", "50.0%", "50.0%"], rows.Single(r => r[1] == "sentence of another article")[2..5]);

            var shown = BrieflyProcess.Run((string?)null, "guard-eval", "--data", data, "--show", "5");
            var lines = shown.Stderr.Trim().Split('\n');
            var rejected = Assert.Single(lines, l => l.StartsWith("rejected (", StringComparison.Ordinal));
            Assert.Contains("A dragon was seen", rejected, StringComparison.Ordinal);
            Assert.StartsWith("  sources:", lines[Array.IndexOf(lines, rejected) + 1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Show_prints_the_sentences_the_guard_accepts_that_it_should_not_with_their_sources()
    {
        // Two records of one article: the first one's sentence, checked against the second as another article's, is
        // accepted (it is the same article), so the guard "accepts another article's sentence".
        var record = new
        {
            id = "c",
            lang = "en",
            text = "The council of Millbrook approved the new bridge. Mayor Ann Reed said the vote was close.",
            summary = "The council approved the bridge.",
        };
        var line = JsonSerializer.Serialize(record);
        var data = BrieflyProcess.TempFile(line + "\n" + line + "\n", ".jsonl");
        try
        {
            var result = BrieflyProcess.Run((string?)null, "guard-eval", "--data", data, "--show", "5");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Stderr.Trim().Split('\n');
            var accepted = Array.IndexOf(lines, "accepted (sentence of another article): The council approved the bridge.");
            Assert.True(accepted >= 0, result.Stderr);
            Assert.Equal("  sources: The council of Millbrook approved the new bridge.", lines[accepted + 1]);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var result = BrieflyProcess.Run((string?)null, "guard-eval", "--data", "/nonexistent/set.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }
}
