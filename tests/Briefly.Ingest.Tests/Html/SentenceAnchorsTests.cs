using Briefly.Ingest.Html;
using Briefly.Ingest.Tests.Support;
using Briefly.Text;
using Briefly.Text.Segmentation;

namespace Briefly.Ingest.Tests.Html;

public class SentenceAnchorsTests
{
    private static TextSpan SpanOf(string text, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{sentence}' is not in '{text}'");
        return new TextSpan(start, sentence.Length);
    }

    [Fact]
    public void Sentences_in_one_text_node()
    {
        const string Html = "<p>One. Two. Three.</p>";
        var html = ArticleHtml.AnnotateSentences(Html, [new TextSpan(0, 4), new TextSpan(10, 6)]);
        Assert.Equal("<p><span id=\"s0\" class=\"s\" data-s=\"0\">One.</span> Two. <span id=\"s10\" class=\"s\" data-s=\"10\">Three.</span></p>", html);
    }

    [Fact]
    public void A_sentence_that_is_a_whole_paragraph()
    {
        const string Html = "<p>First paragraph.</p><p>Second paragraph.</p>";
        var text = ArticleHtml.ToText(Html);
        var html = ArticleHtml.AnnotateSentences(Html, [SpanOf(text, "Second paragraph.")]);
        Assert.Equal("<p>First paragraph.</p><p><span id=\"s17\" class=\"s\" data-s=\"17\">Second paragraph.</span></p>", html);
    }

    [Fact]
    public void A_sentence_across_emphasis_has_one_piece_per_text_node_and_one_id()
    {
        const string Html = "<p>He said it was <em>very</em> important. Next one.</p>";
        var text = ArticleHtml.ToText(Html);
        var html = ArticleHtml.AnnotateSentences(Html, [SpanOf(text, "He said it was very important.")]);
        Assert.Equal(
            "<p><span id=\"s0\" class=\"s\" data-s=\"0\">He said it was </span><em><span class=\"s\" data-s=\"0\">very</span></em>" +
            "<span class=\"s\" data-s=\"0\"> important.</span> Next one.</p>",
            html);
    }

    [Fact]
    public void A_sentence_across_a_link_and_nested_inline_elements()
    {
        const string Html = "<p>Intro. Read <a href=\"https://example.org/\" rel=\"nofollow noopener noreferrer\">the <b>full</b> report</a> here.</p>";
        var text = ArticleHtml.ToText(Html);
        var sentence = SpanOf(text, "Read the full report here.");
        var html = ArticleHtml.AnnotateSentences(Html, [sentence]);
        Assert.Equal(
            "<p>Intro. <span id=\"s7\" class=\"s\" data-s=\"7\">Read </span><a href=\"https://example.org/\" rel=\"nofollow noopener noreferrer\">" +
            "<span class=\"s\" data-s=\"7\">the </span><b><span class=\"s\" data-s=\"7\">full</span></b><span class=\"s\" data-s=\"7\"> report</span></a>" +
            "<span class=\"s\" data-s=\"7\"> here.</span></p>",
            html);
        Assert.Equal(text, ArticleHtml.ToText(html));
    }

    [Fact]
    public void A_sentence_starting_inside_emphasis()
    {
        const string Html = "<p>Before. <em>Emphatic start</em> and plain end.</p>";
        var text = ArticleHtml.ToText(Html);
        var html = ArticleHtml.AnnotateSentences(Html, [SpanOf(text, "Emphatic start and plain end.")]);
        Assert.Equal(
            "<p>Before. <em><span id=\"s8\" class=\"s\" data-s=\"8\">Emphatic start</span></em><span class=\"s\" data-s=\"8\"> and plain end.</span></p>",
            html);
    }

    [Fact]
    public void Collapsed_whitespace_stays_inside_the_piece_that_spans_it()
    {
        const string Html = "<p>\n  One   big\n\n step.   Two.\n</p>";
        var text = ArticleHtml.ToText(Html);
        Assert.Equal("One big step. Two.", text);
        var html = ArticleHtml.AnnotateSentences(Html, [SpanOf(text, "One big step."), SpanOf(text, "Two.")]);
        Assert.Equal(
            "<p>\n  <span id=\"s0\" class=\"s\" data-s=\"0\">One   big\n\n step.</span>   <span id=\"s14\" class=\"s\" data-s=\"14\">Two.</span>\n</p>",
            html);
    }

    [Fact]
    public void A_span_that_includes_a_collapsed_space_takes_its_first_character()
    {
        const string Html = "<p>One.   Two.</p>";
        var html = ArticleHtml.AnnotateSentences(Html, [new TextSpan(0, 5)]);
        Assert.Equal("<p><span id=\"s0\" class=\"s\" data-s=\"0\">One. </span>  Two.</p>", html);
    }

    [Fact]
    public void A_span_across_paragraphs_is_marked_in_each()
    {
        const string Html = "<p>End of one</p><p>start of two.</p>";
        var text = ArticleHtml.ToText(Html);
        var html = ArticleHtml.AnnotateSentences(Html, [SpanOf(text, "one\nstart")]);
        Assert.Equal(
            "<p>End of <span id=\"s7\" class=\"s\" data-s=\"7\">one</span></p><p><span class=\"s\" data-s=\"7\">start</span> of two.</p>",
            html);
    }

    [Fact]
    public void Russian_sentences()
    {
        const string Html = "<p>Москва, 1 мая. Президент <em>заявил</em>: «Мы готовы».</p>";
        var text = ArticleHtml.ToText(Html);
        var sentences = SentenceSegmenter.Split(text, "ru");
        Assert.Equal(2, sentences.Count);
        var html = ArticleHtml.AnnotateSentences(Html, sentences);
        var pieces = Dom.Pieces(html);
        Assert.Equal("Москва, 1 мая.", string.Concat(pieces[0].Select(p => p.Text)));
        Assert.Equal("Президент заявил: «Мы готовы».", string.Concat(pieces[15].Select(p => p.Text)));
        Assert.Equal(["s15", null, null], pieces[15].Select(p => p.Id));
    }

    [Fact]
    public void Invalid_and_overlapping_spans_are_skipped()
    {
        const string Html = "<p>One. Two. Three.</p>";
        TextSpan[] spans =
        [
            new(-1, 3), new(0, 0), new(0, -2), new(17, 5), new(int.MaxValue, 1), new(3, int.MaxValue),
            new(5, 4), new(5, 4), new(6, 6), new(5, 2), new(0, 4),
        ];
        var html = ArticleHtml.AnnotateSentences(Html, spans);
        Assert.Equal("<p><span id=\"s0\" class=\"s\" data-s=\"0\">One.</span> <span id=\"s5\" class=\"s\" data-s=\"5\">Two.</span> Three.</p>", html);
    }

    [Fact]
    public void No_sentences_leave_the_markup_as_it_was()
    {
        const string Html = "<p>One <em>two</em>.</p><ul><li>x</li></ul>";
        Assert.Equal(Html, ArticleHtml.AnnotateSentences(Html, []));
        Assert.Equal("", ArticleHtml.AnnotateSentences("", [new TextSpan(0, 1)]));
    }

    [Fact]
    public void Annotated_text_markup_is_escaped()
    {
        const string Html = "<p>1 &lt; 2 &amp; <b>3</b> &gt; 2.</p>";
        var text = ArticleHtml.ToText(Html);
        Assert.Equal("1 < 2 & 3 > 2.", text);
        var html = ArticleHtml.AnnotateSentences(Html, [new TextSpan(0, text.Length)]);
        Assert.Equal(
            "<p><span id=\"s0\" class=\"s\" data-s=\"0\">1 &lt; 2 &amp; </span><b><span class=\"s\" data-s=\"0\">3</span></b><span class=\"s\" data-s=\"0\"> &gt; 2.</span></p>",
            html);
    }

    [Fact]
    public void Sentences_of_a_whole_article_mark_every_character_once()
    {
        var html = ArticleHtml.Sanitize(
            "<h1>Storm hits coast</h1><div>LONDON (Reuters) - A storm hit the coast on <time datetime=\"2024-05-01\">Monday</time>. " +
            "Officials said <a href=\"https://example.org/report\">the damage</a> was <em>severe</em>.</div>" +
            "<blockquote><p>\u201CWe have never seen anything like it,\u201D the mayor said.</p></blockquote>" +
            "<ul><li>Roads closed.</li><li>Schools shut.</li></ul>");
        var text = ArticleHtml.ToText(html);
        var sentences = SentenceSegmenter.Split(text);
        var annotated = ArticleHtml.AnnotateSentences(html, sentences);
        var pieces = Dom.Pieces(annotated);
        Assert.Equal(sentences.Select(s => s.Start), pieces.Keys.Order());
        foreach (var s in sentences)
        {
            Assert.Equal(s.Slice(text), string.Concat(pieces[s.Start].Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal));
            Assert.Equal("s" + s.Start, pieces[s.Start][0].Id);
        }
        Assert.Equal(text, ArticleHtml.ToText(annotated));
        Assert.Equal(Dom.Reserialized(html), Dom.WithoutAnchors(annotated));
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<em>", 10_000)) + "Deep." + string.Concat(Enumerable.Repeat("</em>", 10_000));
        Assert.Equal("Deep.", ArticleHtml.ToText(html));
        var annotated = ArticleHtml.AnnotateSentences(html, [new TextSpan(0, 5)]);
        Assert.Contains("<span id=\"s0\" class=\"s\" data-s=\"0\">Deep.</span>", annotated, StringComparison.Ordinal);
    }
}
