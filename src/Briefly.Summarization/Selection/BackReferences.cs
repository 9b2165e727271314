using System.Text.RegularExpressions;

namespace Briefly.Summarization.Selection;

/// <summary>
/// Sentences that lean on the one before them: they open with a connective or a pronoun that points back
/// ("But", "He", "Однако", "По его словам"). Out of context such a sentence is <em>dangling</em>: a summary
/// that takes it without the source sentence right before it reads as a non sequitur.
/// </summary>
/// <remarks>
/// The English and Russian lists are those of the reference metric (<c>shared/tools/dangling.py</c>), applied to
/// every language as it does, so <c>briefly eval</c>'s dangling column and the script agree. French, Spanish
/// and German add their own openers for the selector (the metric does not count them).
/// </remarks>
public static partial class BackReferences
{
    private const string Lead = @"^[""'«“„(—–\-\s]*(?:";

    // Python's \b, which the reference script relies on: a word character there is a letter, a digit of any kind or
    // "_" (.NET's \b would also count combining marks and connector punctuation).
    private const string End = @")(?![\p{L}\p{N}_])";

    private const string English = "But|However|And|So|Yet|Also|Still|Meanwhile|Instead|Nevertheless|Nonetheless|Moreover|Furthermore|Besides|Then|Thus|Therefore|He|She|They|It|This|That|These|Those|His|Her|Their|Its|Him|Them|Such";

    private const string Russian = "Но|Однако|А|И|Он|Она|Они|Оно|Это|Этот|Эта|Эти|Его|Ее|Её|Их|Ему|Ей|Им|Там|Тогда|Также|Поэтому|Впрочем|Зато|Тем не менее|При этом|Кроме того|Помимо этого|Более того|Вместе с тем|По его словам|По ее словам|По её словам|По их словам|По словам (?:него|нее|неё)";

    private const string French = "Mais|Cependant|Pourtant|Toutefois|Néanmoins|Ainsi|Aussi|Donc|Alors|Puis|Il|Elle|Ils|Elles|Ce|Cette|Ces|Cet|Celui|Celle|Ceux|Son|Sa|Ses|Leur|Leurs|Lui|En revanche|Par ailleurs|De plus|En outre|Selon lui|Selon elle|Selon eux";

    private const string Spanish = "Pero|Sin embargo|No obstante|Además|También|Así|Entonces|Por eso|Por ello|Por tanto|Él|Ella|Ellos|Ellas|Este|Esta|Estos|Estas|Esto|Ese|Esa|Eso|Su|Sus|Según él|Según ella";

    private const string German = "Aber|Doch|Jedoch|Allerdings|Trotzdem|Dennoch|Außerdem|Zudem|Deshalb|Daher|Dabei|Damit|Dann|Er|Sie|Dies|Diese|Dieser|Dieses|Sein|Seine|Seiner|Ihr|Ihre|Ihrer|Ihm|Ihnen";

    [GeneratedRegex(Lead + English + "|" + Russian + End, RegexOptions.CultureInvariant)]
    private static partial Regex Metric();

    [GeneratedRegex(Lead + English + "|" + Russian + "|" + French + End, RegexOptions.CultureInvariant)]
    private static partial Regex WithFrench();

    [GeneratedRegex(Lead + English + "|" + Russian + "|" + Spanish + End, RegexOptions.CultureInvariant)]
    private static partial Regex WithSpanish();

    [GeneratedRegex(Lead + English + "|" + Russian + "|" + German + End, RegexOptions.CultureInvariant)]
    private static partial Regex WithGerman();

    /// <summary>Whether the sentence opens with a word of the reference metric's lists (any language).</summary>
    public static bool OpensWithBackReference(ReadOnlySpan<char> sentence) => Metric().IsMatch(sentence);

    /// <summary>As <see cref="OpensWithBackReference(ReadOnlySpan{char})"/>, with the openers of <paramref name="language"/> too.</summary>
    public static bool OpensWithBackReference(ReadOnlySpan<char> sentence, string language) => For(language).IsMatch(sentence);

    /// <summary>
    /// The summary's dangling sentences, by the reference metric's definition: a sentence that opens with a
    /// back-pointing word while something other than white space stands between it and the summary sentence before
    /// it (or the start of the text).
    /// </summary>
    public static int CountDangling(string text, IReadOnlyList<SummarySentence> summary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(summary);
        var ordered = summary.OrderBy(s => s.Start).ToList();
        var dangling = 0;
        var previousEnd = 0;
        foreach (var s in ordered)
        {
            if (OpensWithBackReference(s.Text) && !text.AsSpan(previousEnd, Math.Max(0, s.Start - previousEnd)).IsWhiteSpace())
                dangling++;
            previousEnd = Math.Max(previousEnd, s.Start + s.Length);
        }
        return dangling;
    }

    private static Regex For(string language) => language switch
    {
        "fr" => WithFrench(),
        "es" => WithSpanish(),
        "de" => WithGerman(),
        _ => Metric(),
    };
}
