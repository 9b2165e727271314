using Briefly.Text;
using Briefly.Text.Chrome;
using Briefly.Text.Languages;
using Briefly.Text.Segmentation;
using Briefly.Text.Terms;
using Briefly.Text.Tokenization;

namespace Briefly.Summarization.Analysis;

/// <summary>Text in, ranked-ready <see cref="Document"/> out: chrome removal, language, sentences, terms.</summary>
public static class DocumentAnalyzer
{
    /// <summary>Sentences with fewer words than this are headings, captions or debris, not summary material.</summary>
    public const int MinWords = 3;

    /// <summary>
    /// Only the first this many sentences (about 200,000 words of prose, a long book) are analysed and ranked; the
    /// rest of a longer text is counted but not summarized. It bounds one request's memory and time by design: a
    /// 2 MB text of tiny sentences ("Word. Word. …") has a few hundred thousand of them, and every ranker keeps
    /// per-sentence state.
    /// </summary>
    public const int MaxSentences = 10_000;

    [ThreadStatic]
    private static Scratch? t_scratch;

    // withTerms = false skips tokenizing and stemming: sentences then carry no terms, which is all Lead needs.
    public static Document Analyze(string text, string? language = null, string? title = null, bool withTerms = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = string.IsNullOrWhiteSpace(language) || language == "auto"
            ? LanguageDetector.Detect(text)
            : language.ToLowerInvariant();
        var terms = TermTable.For(lang);
        var scratch = t_scratch ??= new Scratch();
        scratch.Clear();

        ChromeFilter.ContentParagraphs(text, scratch.Paragraphs);
        var sourceWords = 0;
        var beyondWindow = 0;
        var longest = 0;
        var prose = 0;
        for (var p = 0; p < scratch.Paragraphs.Count; p++)
        {
            scratch.SentenceSpans.Clear();
            SentenceSegmenter.Split(text, scratch.Paragraphs[p], lang, scratch.SentenceSpans);
            var heading = scratch.SentenceSpans.Count == 1 && IsHeading(text, scratch.SentenceSpans[0]);
            for (var k = 0; k < scratch.SentenceSpans.Count; k++)
            {
                var span = k == 0 ? SkipDateline(text, scratch.SentenceSpans[k], p < 3) : scratch.SentenceSpans[k];
                if (scratch.Candidates.Count >= MaxSentences)
                {
                    var beyond = Tokenizer.CountWords(span.Of(text));
                    sourceWords += beyond;
                    beyondWindow += beyond > 0 ? 1 : 0;
                    continue;
                }
                // With terms wanted, the tokens are kept for Build: one pass over the text instead of two.
                var firstToken = scratch.Tokens.Count;
                int words;
                if (withTerms)
                {
                    Tokenizer.Tokenize(text, span, scratch.Tokens);
                    words = scratch.Tokens.Count - firstToken;
                }
                else
                {
                    words = Tokenizer.CountWords(span.Of(text));
                }
                if (words == 0)
                    continue;
                sourceWords += words;
                scratch.Candidates.Add(new Candidate(span, p, words, heading, firstToken));
                if (!heading)
                {
                    prose++;
                    longest = Math.Max(longest, words);
                }
            }
        }

        // A headline opening the text is the best hint of what matters; headings are not summary sentences
        // while there is prose to choose from, and short fragments are dropped only when there is better.
        if (title is null && scratch.Candidates is [{ IsHeading: true } first, ..])
            title = first.Span.Slice(text);
        var keepHeadings = prose == 0;
        if (keepHeadings)
        {
            foreach (var c in scratch.Candidates)
                longest = Math.Max(longest, c.Words);
        }
        var minWords = Math.Min(MinWords, longest);
        var sentences = new List<Sentence>();
        var paragraph = -1;
        var inParagraph = 0;
        foreach (var c in scratch.Candidates)
        {
            if (c.Words < minWords || (c.IsHeading && !keepHeadings))
                continue;
            inParagraph = c.Paragraph == paragraph ? inParagraph + 1 : 0;
            paragraph = c.Paragraph;
            sentences.Add(Build(text, c, scratch, withTerms ? terms : null, sentences.Count, inParagraph));
        }

        var titleTerms = title is null || !withTerms ? [] : ContentTerms(title, terms, scratch);
        // The scratch lives as long as its thread: after an unusually long text, let it go rather than keep
        // megabytes per pool thread.
        if (scratch.IsOversized)
            t_scratch = null;
        return new Document
        {
            Text = text,
            Language = lang,
            Sentences = sentences,
            TitleTerms = titleTerms,
            SourceWords = sourceWords,
            SourceSentences = sentences.Count + beyondWindow,
            VocabularySize = scratch.LocalIds.Count,
        };
    }

    private static TextSpan SkipDateline(string text, TextSpan span, bool nearStart)
    {
        var skip = ChromeFilter.DatelinePrefixLength(span.Of(text));
        if (skip <= 0 || skip >= span.Length)
            return span;
        // Datelines open an article; deep in the text the same shape is more likely real prose.
        return nearStart || skip <= 8 ? new TextSpan(span.Start + skip, span.Length - skip) : span;
    }

    /// <summary>Headlines and subheadings: a short line standing alone without a sentence's final punctuation.</summary>
    public const int MaxHeadingWords = 20;

    private static bool IsHeading(string text, TextSpan span)
    {
        var s = span.Of(text).TrimEnd("\"'\u201D\u2019\u00BB)]");
        if (s.IsEmpty || s[^1] is ':' or ';' || SentenceSegmenter.IsTerminator(s[^1]))
            return false;
        return Tokenizer.CountWords(s) <= MaxHeadingWords;
    }

    // Without a term table the sentence carries no terms: all Lead needs is where it stands and how long it is.
    private static Sentence Build(string text, Candidate c, Scratch scratch, TermTable? terms, int index, int inParagraph)
    {
        scratch.Content.Clear();
        scratch.All.Clear();
        var capitalized = 0;
        var numbers = 0;
        if (terms is not null)
        {
            for (var t = c.FirstToken; t < c.FirstToken + c.Words; t++)
            {
                var token = scratch.Tokens[t].Of(text);
                if (t > c.FirstToken && char.IsUpper(token[0]))
                    capitalized++;
                if (token.IndexOfAnyInRange('0', '9') >= 0)
                    numbers++;
                var term = terms.Lookup(token);
                var id = scratch.Local(term.StemId);
                scratch.All.Add(id);
                if (!term.IsStopWord)
                    scratch.Content.Add(id);
            }
        }
        var s = c.Span.Of(text);
        return new Sentence
        {
            Span = c.Span,
            Index = index,
            Paragraph = c.Paragraph,
            IndexInParagraph = inParagraph,
            WordCount = c.Words,
            Terms = [.. scratch.Content],
            AllStems = [.. scratch.All],
            IsQuote = IsQuotation(s),
            IsQuestion = s.Length > 0 && s[^1] == '?',
            CapitalizedWords = capitalized,
            NumberWords = numbers,
        };
    }

    private static int[] ContentTerms(string title, TermTable terms, Scratch scratch)
    {
        scratch.TitleTokens.Clear();
        Tokenizer.Tokenize(title, new TextSpan(0, title.Length), scratch.TitleTokens);
        var ids = new List<int>(scratch.TitleTokens.Count);
        foreach (var token in scratch.TitleTokens)
        {
            var term = terms.Lookup(token.Of(title));
            if (!term.IsStopWord)
                ids.Add(scratch.Local(term.StemId));
        }
        return [.. ids];
    }

    // Direct speech opens with a quotation mark; such sentences report reactions rather than the news itself.
    private static bool IsQuotation(ReadOnlySpan<char> s) =>
        s.Length > 0 && s[0] is '"' or '\u201C' or '\u00AB' or '\u201E' or '\'' or '\u2018';

    private sealed class Scratch
    {
        public readonly List<TextSpan> Paragraphs = [];
        public readonly List<TextSpan> SentenceSpans = [];
        public readonly List<TextSpan> Tokens = [];
        public readonly List<TextSpan> TitleTokens = [];
        public readonly List<int> Content = [];
        public readonly List<int> All = [];
        public readonly List<Candidate> Candidates = [];
        public readonly Dictionary<int, int> LocalIds = [];

        // Document-local term ids keep per-document arrays (IDF, vectors) as small as the document's vocabulary.
        public int Local(int stemId)
        {
            if (!LocalIds.TryGetValue(stemId, out var id))
            {
                id = LocalIds.Count;
                LocalIds[stemId] = id;
            }
            return id;
        }

        public bool IsOversized => Tokens.Capacity > 1 << 16 || SentenceSpans.Capacity > 1 << 14 || Paragraphs.Capacity > 1 << 14;

        public void Clear()
        {
            Paragraphs.Clear();
            SentenceSpans.Clear();
            Tokens.Clear();
            TitleTokens.Clear();
            Candidates.Clear();
            LocalIds.Clear();
        }
    }

    // FirstToken: where the candidate's Words tokens start in Scratch.Tokens (when terms are wanted).
    private readonly record struct Candidate(TextSpan Span, int Paragraph, int Words, bool IsHeading, int FirstToken);
}
