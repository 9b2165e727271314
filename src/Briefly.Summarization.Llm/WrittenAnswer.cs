using System.Text.RegularExpressions;
using Briefly.Summarization.Faithfulness;
using Briefly.Text.Languages;
using Briefly.Text.Segmentation;

namespace Briefly.Summarization.Llm;

/// <summary>
/// What a model answered, read as summary sentences and checked against the article: each sentence must pass the
/// <see cref="FaithfulnessGuard"/> and keeps the article sentences that support it; one that does not is dropped.
/// </summary>
public static partial class WrittenAnswer
{
    /// <summary>
    /// The first <paramref name="wanted"/> supported sentences of <paramref name="answer"/>; null when there are
    /// fewer, or the answer is not in <paramref name="language"/>, with the guard's reasons for the dropped ones.
    /// </summary>
    public static IReadOnlyList<SummarySentence>? Check(string answer, string article, string language, int wanted, out IReadOnlyList<string> dropped)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sentences = Sentences(answer, language);
        var reasons = new List<string>();
        dropped = reasons;
        var text = string.Join(' ', sentences);
        // A translation's words are nowhere in the article, but names and numbers could still carry one sentence.
        if (text.Length > 0 && LanguageDetector.Detect(text, fallback: language) != language)
        {
            reasons.Add("language");
            return null;
        }
        var guard = new FaithfulnessGuard(article, language);
        var kept = new List<SummarySentence>(wanted);
        foreach (var sentence in sentences)
        {
            var verdict = guard.Check(sentence);
            if (!verdict.Supported)
            {
                reasons.Add(verdict.Reason ?? "unsupported");
                continue;
            }
            kept.Add(SummarySentence.Written(sentence, verdict.Sources));
            if (kept.Count == wanted)
                return kept;
        }
        return null;
    }

    /// <summary>The answer's sentences: a reasoning model's hidden thoughts and list markers removed, each line segmented.</summary>
    public static List<string> Sentences(string answer, string language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var result = new List<string>();
        foreach (var raw in ThoughtsPattern().Replace(answer, " ").ReplaceLineEndings("\n").Split('\n'))
        {
            var line = MarkerPattern().Replace(raw, "").Replace("**", "", StringComparison.Ordinal).Trim();
            if (line.Length == 0)
                continue;
            foreach (var span in SentenceSegmenter.Split(line, language))
            {
                var sentence = line.Substring(span.Start, span.Length).Trim();
                if (sentence.Length > 0)
                    result.Add(sentence);
            }
        }
        return result;
    }

    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ThoughtsPattern();

    // "1. ", "2) ", "- ", "* ", "• " at the start of a line.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*•–—])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
