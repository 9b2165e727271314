using Briefly.Ingest.Html;
using Briefly.Ingest.Tests.Support;
using Briefly.Text;
using Briefly.Text.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefly.Ingest.Tests.Html;

/// <summary>
/// The contracts on tag soup: markup pieces (allowed, disallowed, hostile, unbalanced) and text pieces (whitespace,
/// entities, Russian, emoji) glued in random order, so the parser's repairs are exercised as much as our code.
/// </summary>
public class ArticleHtmlProperties
{
    private static readonly string[] Markup =
    [
        "<p>", "</p>", "<p class=\"lead\">", "<div>", "</div>", "<section>", "</section>", "<h1>", "</h1>", "<h3>", "</h3>", "<h6>", "</h6>",
        "<em>", "</em>", "<b>", "</b>", "<i>", "</i>", "<span style=\"color:red\">", "</span>", "<font color=red>", "</font>",
        "<a href=\"https://example.org/a?b=1&amp;c=2\">", "<a href=\"/local\">", "<a href=\"javascript:alert(1)\">", "<a href=' JAVASCRIPT:alert(1)'>", "</a>",
        "<br>", "<br/>", "<hr>", "<ul>", "<li>", "</li>", "</ul>", "<ol>", "</ol>", "<dl><dt>", "<dd>", "</dl>",
        "<blockquote>", "</blockquote>", "<figure>", "<figcaption>", "</figcaption>", "</figure>", "<pre>", "</pre>", "<code>", "</code>",
        "<table>", "<tr>", "<td>", "</td>", "<th>", "</tr>", "</table>", "<caption>", "</caption>",
        "<img src=\"https://cdn.example/x.jpg\" alt=\"x\">", "<img src=x onerror=alert(1)>", "<img src=\"data:image/png;base64,AA\">",
        "<script>alert(1)</script>", "<style>p{color:red}</style>", "<iframe src=\"https://evil.example\"></iframe>", "<noscript>no js</noscript>",
        "<svg onload=alert(1)><circle/></svg>", "<form><input value=x><button>Go</button></form>", "<!-- comment -->", "<object>", "</object>",
        "<span class=\"s\" id=\"s0\" data-s=\"0\">", "<q>", "</q>", "<sub>", "</sub>", "<time datetime=\"2024-01-01\">", "</time>", "<mark>", "</mark>",
        "<tbody>", "<thead>", "<col>", "</br>", "<image src=\"https://cdn.example/i.png\">", "<ruby>", "<rt>", "<details>", "<summary>", "</details>",
        "<center>", "<article>", "</article>", "<header>", "<address>", "<hgroup>", "<menu>", "<dialog>", "<search>", "<legend>", "<fieldset>",
        "<select><option>opt</select>", "<textarea>", "</textarea>", "<title>", "</title>", "<xmp>", "</xmp>", "<template><p>t</p></template>",
        "<svg><foreignObject><p>fo</p></foreignObject></svg>", "<math><mi>x</mi></math>", "<noscript><p>ns</p></noscript>", "<frameset>",
        "<img src=\"https://cdn.example/&{alert(1)}\">", "<a href=\"https://example.org/&{x}\">", "<x-widget>", "</x-widget>", "<nav>", "</nav>",
        "<h2>", "</h2>", "<li>", "<dt>", "<button>", "</button>", "<main>", "<aside>", "</aside>", "<div><div>", "</div></div>",
    ];

    private static readonly string[] Words =
    [
        "The mayor said.", "Mr. Smith", "3.5%", "?", "!", "word", "x", "Привет, мир.", "Он сказал: «Да».", "ёж", "漢字", "\uD83D\uDE00",
        " ", "  ", "\n", "\n\n", "\t", "\u00A0", "&nbsp;", "&amp;", "&lt;b&gt;", "&#x41;", "&", "<", ">", "\"", "'", "a.b", "End.",
    ];

    public static Arbitrary<string> Soup() =>
        Gen.Frequency((2, Gen.Elements(Markup)), (3, Gen.Elements(Words)))
            .ListOf()
            .Select(string.Concat)
            .ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public bool Text_is_tidy(string html)
    {
        var text = ArticleHtml.ToText(html);
        return text == text.Trim()
            && !text.Contains("\n\n", StringComparison.Ordinal)
            && !text.Contains("  ", StringComparison.Ordinal)
            && !text.Contains(" \n", StringComparison.Ordinal)
            && !text.Contains("\n ", StringComparison.Ordinal)
            && text.All(c => !char.IsWhiteSpace(c) || c is ' ' or '\n');
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public bool Annotating_random_spans_keeps_the_text(string soup, (int, int)[] raw)
    {
        var html = ArticleHtml.Sanitize(soup);
        var text = ArticleHtml.ToText(html);
        // Mostly in range, some not: the annotator must skip what it cannot mark, never throw.
        var spans = raw.Select(r => new TextSpan(r.Item1 % (text.Length + 2) - 1, r.Item2 % (text.Length + 2))).ToList();
        var annotated = ArticleHtml.AnnotateSentences(html, spans);
        return ArticleHtml.ToText(annotated) == text && Dom.WithoutAnchors(annotated) == Dom.Reserialized(html);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Every_character_of_a_partition_is_marked_exactly_once(string soup, int[] cuts)
    {
        var html = ArticleHtml.Sanitize(soup);
        var text = ArticleHtml.ToText(html);
        var points = cuts.Select(c => Math.Abs(c % (text.Length + 1))).Append(0).Append(text.Length).Distinct().Order().ToList();
        var spans = points.Zip(points.Skip(1), (a, b) => new TextSpan(a, b - a)).ToList();
        CheckAnchors(html, text, spans);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Segmenter_sentences_are_marked_where_they_stand(string soup)
    {
        var html = ArticleHtml.Sanitize(soup);
        var text = ArticleHtml.ToText(html);
        CheckAnchors(html, text, SentenceSegmenter.Split(text));
    }

    /// <summary>
    /// Unsanitized markup can parse into a tree that serializing and parsing again does not reproduce (forms and
    /// tables in odd places); bodies are sanitized for that reason. Annotating such markup changes nothing beyond
    /// what writing it out changes anyway.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Annotating_unsanitized_markup_adds_only_anchors(string soup)
    {
        var text = ArticleHtml.ToText(soup);
        var annotated = ArticleHtml.AnnotateSentences(soup, SentenceSegmenter.Split(text));
        var rewritten = ArticleHtml.AnnotateSentences(soup, []);
        Assert.Equal(ArticleHtml.ToText(rewritten), ArticleHtml.ToText(annotated));
        Assert.Equal(Dom.WithoutAnchors(rewritten), Dom.WithoutAnchors(annotated));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Sanitized_markup_holds_only_the_allowlist(string soup)
    {
        var html = ArticleHtml.Sanitize(soup);
        // Script-looking text is fine ("<x<script>alert(1)" is an element named "x<script" holding the text
        // "alert(1)"); markup and attributes are what must be clean.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        foreach (var element in Dom.Body(html).QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, Allowed);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.Name, AllowedAttributes);
                Assert.DoesNotContain("script", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
            if (element.LocalName == "img")
                Assert.StartsWith("https://", element.GetAttribute("src"), StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Sanitizing_twice_changes_nothing(string soup)
    {
        var once = ArticleHtml.Sanitize(soup);
        Assert.Equal(once, ArticleHtml.Sanitize(once));
    }

    [Property(MaxTest = 300)]
    public void Plain_text_round_trips(NonNull<string> input)
    {
        var text = input.Get;
        Assert.Equal(Normalized(text), ArticleHtml.ToText(ArticleHtml.FromPlainText(text)));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ArticleHtmlProperties)])]
    public void Plain_text_round_trips_through_sanitizing(string soup)
    {
        // The soup read as plain text: its markup is just characters that must come back as they were.
        var html = ArticleHtml.Sanitize(ArticleHtml.FromPlainText(soup));
        Assert.Equal(Normalized(soup), ArticleHtml.ToText(html));
    }

    private static readonly string[] Allowed =
    [
        "p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img", "a", "em", "strong", "b", "i", "u", "s",
        "sub", "sup", "br", "hr", "code", "pre", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "q", "cite", "small", "abbr", "time",
    ];

    private static readonly string[] AllowedAttributes = ["href", "src", "alt", "title", "datetime", "colspan", "rowspan", "rel"];

    /// <summary>
    /// The contract between annotation and text: the pieces with data-s = start, concatenated in document order,
    /// equal text[start, start + length) once every whitespace run is one space and the "\n" between paragraphs
    /// (which belongs to no text node) is left out. The first piece alone carries id = s{start}.
    /// </summary>
    private static void CheckAnchors(string html, string text, IReadOnlyList<TextSpan> sentences)
    {
        var annotated = ArticleHtml.AnnotateSentences(html, sentences);
        Assert.Equal(text, ArticleHtml.ToText(annotated));
        var pieces = Dom.Pieces(annotated);
        foreach (var s in sentences)
        {
            var expected = s.Slice(text).Replace("\n", "", StringComparison.Ordinal);
            if (expected.Length == 0)
            {
                Assert.False(pieces.ContainsKey(s.Start));
                continue;
            }
            var marked = pieces[s.Start];
            Assert.Equal(expected, Dom.Collapse(string.Concat(marked.Select(p => p.Text))));
            Assert.Equal("s" + s.Start, marked[0].Id);
            Assert.All(marked.Skip(1), p => Assert.Null(p.Id));
        }
        Assert.Equal(sentences.Count(s => s.Slice(text).Replace("\n", "", StringComparison.Ordinal).Length > 0), pieces.Count);
    }

    private static string Normalized(string text)
    {
        var lines = text.Replace("\0", "", StringComparison.Ordinal).Split(["\r\n", "\r", "\n"], StringSplitOptions.None)
            .Select(line => Dom.Collapse(line).Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n", lines);
    }
}
