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
    /// fewer, or the answer is not in <paramref name="language"/>, with the guard's reasons for the dropped ones and
    /// how many sentences the answer had.
    /// </summary>
    public static IReadOnlyList<SummarySentence>? Check(
        string answer, FaithfulnessGuard guard, string language, int wanted, out IReadOnlyList<string> dropped, out int written)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sentences = Sentences(answer, language);
        written = sentences.Count;
        var reasons = new List<string>();
        dropped = reasons;
        var text = string.Join(' ', sentences);
        // A translation's words are nowhere in the article, but names and numbers could still carry one sentence.
        // Only for languages the detector knows: for another it would call every answer wrong.
        if (text.Length > 0 && LanguageDetector.Supported.Contains(language) && LanguageDetector.Detect(text, fallback: language) != language)
        {
            reasons.Add("language");
            return null;
        }
        ArgumentNullException.ThrowIfNull(guard);
        var kept = new List<SummarySentence>(wanted);
        foreach (var sentence in sentences)
        {
            var verdict = guard.Check(sentence);
            // A sentence with nothing to check ("In short.") rests on no article sentence: it is not summary.
            var reason = !verdict.Supported ? verdict.Reason ?? "unsupported"
                : verdict.Sources.Count == 0 ? "empty"
                : kept.Any(k => k.Text.Equals(sentence, StringComparison.Ordinal)) ? "repeated"
                : null;
            if (reason is not null)
            {
                reasons.Add(reason);
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
        var next = 1;
        foreach (var raw in ThoughtsPattern().Replace(answer, " ").ReplaceLineEndings("\n").Split('\n'))
        {
            var line = BulletPattern().Replace(raw, "");
            // "1. ", "2) " only in their order: "15. März" opens a German date, not the fifteenth point.
            if (NumberPattern().Match(line) is { Success: true } number && number.Groups[1].Value == next.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                line = line[number.Length..];
                next++;
            }
            line = line.Replace("**", "", StringComparison.Ordinal).Trim();
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

    [GeneratedRegex(@"^\s*[-*•–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^\s*(\d{1,2})[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
