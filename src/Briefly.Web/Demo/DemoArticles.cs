using System.Globalization;
using System.Text;
using Briefly.Ingest.Html;
using Briefly.Storage;

namespace Briefly.Web.Demo;

/// <summary>
/// The articles `serve --demo` publishes: our own texts, embedded in the assembly, each a header
/// (title, author, category, tags, published) and a body of paragraphs, "## " subheadings and "- " list items.
/// </summary>
public static class DemoArticles
{
    public static IReadOnlyList<ArticleDraft> Load()
    {
        var assembly = typeof(DemoArticles).Assembly;
        var drafts = new List<ArticleDraft>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("demo/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
            drafts.Add(Parse(reader.ReadToEnd(), resource));
        }
        return drafts;
    }

    /// <summary>Publishes the demo articles into an empty store; a store with articles is left as it is.</summary>
    public static async Task<int> SeedAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        if (await store.CountAsync(cancellationToken) > 0)
            return 0;
        var drafts = Load();
        foreach (var draft in drafts)
            await store.AddAsync(draft, cancellationToken);
        return drafts.Count;
    }

    public static ArticleDraft Parse(string file, string name)
    {
        var lines = file.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
                header[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        if (i == lines.Length || !header.TryGetValue("title", out var title) || !header.TryGetValue("published", out var published))
            throw new FormatException($"{name}: a demo article needs a header with title and published, then a line '---'");

        var html = BodyHtml(lines.AsSpan(i + 1));
        return new ArticleDraft
        {
            Title = title,
            Author = header.GetValueOrDefault("author"),
            Category = header.GetValueOrDefault("category"),
            Tags = header.GetValueOrDefault("tags")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
            Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            Language = LanguageOf(name),
            BodyHtml = html,
            BodyText = ArticleHtml.ToText(html),
        };
    }

    // The language is in the file name (NN-slug.en.txt): the demo should not depend on detection being right.
    private static string LanguageOf(string name)
    {
        var parts = name.Split('.');
        return parts.Length >= 3 ? parts[^2] : "en";
    }

    private static string BodyHtml(ReadOnlySpan<string> lines)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var item = line.StartsWith("- ", StringComparison.Ordinal);
            if (inList && !item)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            if (line.Length == 0)
                continue;
            if (item)
            {
                if (!inList)
                    html.Append("<ul>\n");
                inList = true;
                html.Append("<li>").Append(Encode(line[2..])).Append("</li>\n");
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                html.Append("<h2>").Append(Encode(line[3..])).Append("</h2>\n");
            }
            else
            {
                html.Append("<p>").Append(Encode(line)).Append("</p>\n");
            }
        }
        if (inList)
            html.Append("</ul>\n");
        return ArticleHtml.Sanitize(html.ToString());
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
