using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Briefly.Summarization.Llm;

/// <summary>
/// The instructions a model is given, read from <c>Resources/summary-prompt.txt</c>: its first line names the
/// prompt's version, which is part of every key a written summary is kept under, so changing the words means
/// changing the version and no summary written to the old words is served again.
/// </summary>
public sealed partial class SummaryPrompt
{
    private SummaryPrompt(string version, string system, string user)
    {
        Version = version;
        _system = system;
        _user = user;
    }

    private readonly string _system;
    private readonly string _user;

    /// <summary>The prompt shipped with this build.</summary>
    public static SummaryPrompt Shipped { get; } = Parse(ReadResource());

    public string Version { get; }

    /// <summary>The messages asking for <paramref name="sentences"/> sentences about <paramref name="article"/> in <paramref name="language"/> (ISO 639-1).</summary>
    public IList<ChatMessage> Messages(string article, string? title, string language, int sentences)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sentences"] = sentences.ToString(CultureInfo.InvariantCulture),
            ["language"] = LanguageName(language),
            ["title"] = string.IsNullOrWhiteSpace(title) ? "(none)" : title.Trim(),
            ["article"] = article,
        };
        // In one pass: a title holding "{article}" stays that text.
        string Fill(string template) => Placeholder().Replace(template, m => values[m.Groups[1].Value]);
        return [new ChatMessage(ChatRole.System, Fill(_system)), new ChatMessage(ChatRole.User, Fill(_user))];
    }

    /// <summary>Reads the prompt format: "version: V", then "system:" and "user:" each followed by its text.</summary>
    /// <exception cref="FormatException">A part is missing.</exception>
    public static SummaryPrompt Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || !lines[0].StartsWith("version:", StringComparison.Ordinal) || lines[0][8..].Trim().Length == 0)
            throw new FormatException("a prompt starts with 'version: V'");
        var system = lines.AsSpan(1).IndexOf("system:");
        var user = lines.AsSpan(1).IndexOf("user:");
        if (system < 0 || user < system)
            throw new FormatException("a prompt has a 'system:' part and then a 'user:' part");
        return new SummaryPrompt(
            lines[0][8..].Trim(),
            string.Join('\n', lines[(system + 2)..(user + 1)]).Trim(),
            string.Join('\n', lines[(user + 2)..]).Trim());
    }

    // Models follow "in Russian" better than "in ru".
    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string ReadResource()
    {
        using var stream = typeof(SummaryPrompt).Assembly.GetManifestResourceStream("Briefly.Summarization.Llm.summary-prompt.txt")
            ?? throw new InvalidOperationException("the summary prompt is not embedded in this build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{(sentences|language|title|article)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
