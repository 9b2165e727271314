using System.Text;
using AngleSharp.Html.Parser;
using Briefly.Ingest.Extraction;
using Briefly.Ingest.Feeds;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Html;
using Briefly.Text.Segmentation;

namespace Briefly.Fuzz;

/// <summary>
/// What is fuzzed: the HTML extractor with the sanitizer and text mapping behind it, the feed parser, and the
/// sentence segmenter. Each target decodes the bytes as the product does and checks the contracts that must hold
/// for any input; a broken contract throws <see cref="ContractViolationException"/>.
/// </summary>
public static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["html"] = Html,
        ["feed"] = Feed,
        ["segment"] = Segment,
    };

    private static readonly Uri FeedUrl = new("https://news.example.org/feed.xml");

    private static void Html(byte[] bytes)
    {
        var html = Charsets.Decode(bytes, null);
        ExtractedArticle article;
        try
        {
            article = ArticleExtractor.Extract(html, new Uri("https://news.example.org/story"));
        }
        catch (ExtractionException e) when (!e.Message.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }
        // The stored body must read back as the stored text, and carry nothing that runs.
        if (ArticleHtml.ToText(article.Html) != article.Text)
            throw new ContractViolationException("the body's text is not the extracted text");
        if (CanRunScript(article.Html) is { } why)
            throw new ContractViolationException($"the sanitized body can run script: {why}");
    }

    private static void Feed(byte[] bytes)
    {
        var text = Charsets.Decode(bytes, null);
        _ = FeedParser.LooksLikeFeed("application/xml", text);
        try
        {
            var feed = FeedParser.Parse(text, FeedUrl);
            foreach (var item in feed.Items)
            {
                if (item.Link is { } link && link.Scheme is not ("http" or "https"))
                    throw new ContractViolationException($"an item link has the scheme {link.Scheme}");
            }
        }
        catch (FeedFormatException e) when (!e.Message.Contains('\n', StringComparison.Ordinal))
        {
        }
    }

    private static void Segment(byte[] bytes)
    {
        // The first byte picks the language, the rest is the text.
        if (bytes.Length == 0)
            return;
        string[] languages = ["en", "ru", "de", "fr", "es", "ur"];
        var language = languages[bytes[0] % languages.Length];
        var text = Encoding.UTF8.GetString(bytes, 1, bytes.Length - 1);
        var spans = SentenceSegmenter.Split(text, language);
        var end = 0;
        foreach (var span in spans)
        {
            if (span.Start < end || span.Length <= 0 || span.Start + span.Length > text.Length)
                throw new ContractViolationException($"span {span.Start}+{span.Length} is out of order or outside the text ({text.Length})");
            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.Start + span.Length - 1]))
                throw new ContractViolationException($"span {span.Start}+{span.Length} begins or ends with whitespace");
            end = span.Start + span.Length;
        }
    }

    // Read as a browser reads it (a script element, an on* attribute, a javascript: address), not by searching the
    // text: an escaped "&lt;svg onload=" inside an attribute value is harmless text.
    private static string? CanRunScript(string html)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<!doctype html><html><body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "svg" or "math")
                return $"a <{element.LocalName}> element";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    return $"an {attribute.Name} attribute";
                if (attribute.Name is "href" or "src" && attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    return $"a javascript: {attribute.Name}";
            }
        }
        return null;
    }
}

/// <summary>A contract broken by a fuzzed input.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
