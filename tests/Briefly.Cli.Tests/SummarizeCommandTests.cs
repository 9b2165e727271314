using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Briefly.Cli.Tests.Support;

namespace Briefly.Cli.Tests;

public class SummarizeCommandTests
{
    [Fact]
    public void Prints_three_sentences_one_per_line_in_article_order()
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", "-");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        var positions = lines.Select(l => Articles.English.IndexOf(l, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("No time to read", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cycle lanes", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Reads_a_file_argument()
    {
        var path = BrieflyProcess.TempFile(Articles.English);
        var result = BrieflyProcess.Run((string?)null, "summarize", path, "--sentences", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Json_has_the_contract_shape_with_exact_offsets()
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", "-", "--format", "json", "--method", "lead");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("lead", root.GetProperty("method").GetString());
        Assert.Equal(5, root.GetProperty("sourceSentences").GetInt32());
        Assert.True(root.GetProperty("sourceWords").GetInt32() > 60);
        var sentences = root.GetProperty("sentences").EnumerateArray().ToList();
        Assert.Equal(3, sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var text = s.GetProperty("text").GetString()!;
            Assert.Equal(text, Articles.English.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()));
            Assert.Equal(i, s.GetProperty("index").GetInt32());
            Assert.True(s.TryGetProperty("score", out _));
        }
    }

    [Fact]
    public void Markdown_is_a_bullet_list()
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", "--format", "markdown", "-n", "2");
        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Stdout.TrimEnd('\n').Split('\n'), l => Assert.StartsWith("- ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Russian_is_detected()
    {
        var result = BrieflyProcess.Run(Articles.Russian, "summarize", "--format", "json", "-n", "2");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("ru", doc.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Explicit_language_wins()
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", "--format", "json", "--lang", "de");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("de", doc.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Html_input_is_detected_and_its_text_summarized()
    {
        var result = BrieflyProcess.Run(Articles.Html, "summarize", "-n", "2", "--method", "lead");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("<", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Do not summarize me", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("harbour bridge reopened", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--words", "20")]
    [InlineData("--ratio", "0.3")]
    public void Word_and_ratio_lengths_work(string option, string value)
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", option, value);
        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Stdout.Trim());
    }

    [Fact]
    public void A_preset_length_reads_as_on_the_site_and_a_bad_length_exits_2_in_one_line()
    {
        var shortOne = BrieflyProcess.Run(Articles.English, "summarize", "-", "--length", "short");
        Assert.Equal(0, shortOne.ExitCode);
        Assert.Single(shortOne.Stdout.Trim().Split('\n'));

        var both = BrieflyProcess.Run(Articles.English, "summarize", "-", "--length", "short", "-n", "2");
        Assert.Equal(2, both.ExitCode);
        Assert.Equal("briefly: give at most one of --length, --sentences, --words and --ratio", both.Stderr.Trim());
        var tooMany = BrieflyProcess.Run(Articles.English, "summarize", "-", "--sentences", "1001");
        Assert.Equal(2, tooMany.ExitCode);
        Assert.Equal("briefly: --sentences must be a whole number from 1 to 1000", tooMany.Stderr.Trim());
    }

    [Theory]
    [InlineData("magic", "briefly: unknown method 'magic'; use one of: default, lead, textrank, lexrank")]
    [InlineData("llm", "briefly: method 'llm' is disabled: no language model is configured (set Briefly:Llm:Endpoint and Briefly:Llm:Model); use one of: default, lead, textrank, lexrank")]
    public void A_method_that_cannot_be_had_exits_2_saying_why(string method, string line)
    {
        var result = BrieflyProcess.Run(Articles.English, "summarize", "-", "--method", method);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(line, result.Stderr.Trim());
        Assert.Contains("One of: default, lead, textrank, lexrank (llm: ", BrieflyProcess.Run((string?)null, "summarize", "--help").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n \t ")]
    [InlineData("<html><body><script>x()</script></body></html>")]
    [InlineData("No time to read? Get a summary\nShare\nAdvertisement")]
    public void Unusable_input_exits_2_with_one_line(string input)
    {
        var result = BrieflyProcess.Run(input, "summarize", "-");
        AssertBadInput(result);
    }

    [Fact]
    public void Binary_input_exits_2()
    {
        AssertBadInput(BrieflyProcess.Run(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3 }, "summarize"));
    }

    private const string Russian =
        "В субботу в Старолесске открылась новая библиотека. Читальный зал рассчитан на сорок мест. "
        + "Жители давно просили городские власти о таком здании. Директор библиотеки сказала, что книги привезут к понедельнику. "
        + "Вечером на площади перед зданием выступил детский хор.";

    private const string French =
        "Le conseil municipal a voté mercredi la rénovation du marché couvert. Les travaux commenceront à l'été. "
        + "Les commerçants craignent une baisse de fréquentation pendant le chantier. La mairie promet une halle provisoire près de l'église.";

    private static System.Text.Encoding Legacy(string name)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(name);
    }

    [Theory]
    [InlineData("windows-1251", Russian, "Читальный зал рассчитан на сорок мест.")]
    [InlineData("koi8-r", Russian, "Читальный зал рассчитан на сорок мест.")]
    [InlineData("iso-8859-1", French, "Les travaux commenceront à l'été.")]
    public void A_file_in_a_legacy_encoding_is_detected_and_read(string encoding, string text, string sentence)
    {
        var bytes = Legacy(encoding).GetBytes(text);
        var result = BrieflyProcess.Run(bytes, "summarize", "--sentences", "5", "--method", "lead");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(sentence, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_file_declaring_its_charset_is_read_in_that_charset()
    {
        var html = $"<html><head><meta charset=\"windows-1251\"><title>Библиотека</title></head><body><article><p>{Russian}</p></article></body></html>";
        var result = BrieflyProcess.RunOnFile(Legacy("windows-1251").GetBytes(html), "extract");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Читальный зал рассчитан на сорок мест.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_can_be_named_and_an_unknown_name_exits_2()
    {
        var bytes = Legacy("koi8-r").GetBytes(Russian);
        var named = BrieflyProcess.Run(bytes, "summarize", "--encoding", "koi8-r", "--sentences", "1", "--method", "lead");
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("В субботу в Старолесске открылась новая библиотека.", named.Stdout, StringComparison.Ordinal);
        var unknown = BrieflyProcess.Run(bytes, "summarize", "--encoding", "klingon-8");
        AssertBadInput(unknown);
        Assert.Contains("klingon-8", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_20_megabyte_input_is_refused_with_a_clear_line()
    {
        var big = new string('a', 20 * 1024 * 1024);
        var path = BrieflyProcess.TempFile(big);
        try
        {
            var result = BrieflyProcess.Run((string?)null, "summarize", path);
            AssertBadInput(result);
            Assert.Contains("limit", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("summarize", "--sentences", "0")]
    [InlineData("summarize", "--sentences", "2", "--words", "10")]
    [InlineData("summarize", "--ratio", "1.5")]
    [InlineData("summarize", "--method", "magic")]
    [InlineData("summarize", "--format", "yaml")]
    [InlineData("summarize", "--lang", "english!")]
    [InlineData("summarize", "--lang", "xx")]
    [InlineData("summarize", "--lang", "tlh")]
    [InlineData("summarize", "/no/such/file.txt")]
    [InlineData("summarize", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Bad_usage_exits_2_with_one_line(params string[] args)
    {
        AssertBadInput(BrieflyProcess.Run(Articles.English, args));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/article")]
    [InlineData("http://10.0.0.1/article")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/article")]
    public void Private_addresses_are_refused_without_the_allowance(string url)
    {
        var result = BrieflyProcess.Run((string?)null, "summarize", url);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("private", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_url_that_cannot_be_fetched_is_one_line_without_socket_details()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var url = $"http://127.0.0.1:{port}/article";
        var result = BrieflyProcess.Run((string?)null, "summarize", url, "--allow-private-network");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"briefly: cannot fetch {url}: the server did not accept the connection", result.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_one_line_on_stderr_not_a_crash()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            _ = await stream.ReadAsync(new byte[4096]);  // the request line and headers; their content does not matter
            await stream.WriteAsync("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        });
        var url = $"http://127.0.0.1:{port}/article";
        var result = await Task.Run(() => BrieflyProcess.Run((string?)null, "summarize", url, "--allow-private-network"));
        await server;
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"briefly: cannot fetch {url}: it redirects to a file: address; only http and https are followed", result.Stderr.TrimEnd('\n'));
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = BrieflyProcess.Run((string?)null, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "summarize", "extract", "eval", "rouge" })
            Assert.Contains(command, result.Stdout, StringComparison.Ordinal);
    }

    private static void AssertBadInput(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("briefly: ", lines[0], StringComparison.Ordinal);
    }
}
