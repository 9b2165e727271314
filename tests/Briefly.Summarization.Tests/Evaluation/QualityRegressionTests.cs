using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefly.Summarization.Evaluation;
using Briefly.Summarization.Tests.Support;

namespace Briefly.Summarization.Tests.Evaluation;

/// <summary>
/// The default method against Lead-N over the whole length grid a user can choose (1–6 sentences, 50/100/200
/// words) on the first records of every news dev set, and the share of summaries with a dangling sentence. Scores
/// only, never time. The sets live outside the repository; without them each test is skipped with the reason.
/// </summary>
/// <remarks>
/// The bar is lead − <see cref="Tolerance"/> ROUGE-1 at every length, not lead itself: on some sets and lengths the
/// default is still a few tenths below lead (docs/summarizer.md lists where), and a suite that fails on main lands
/// nothing. The tolerance still catches a ranking that is good only at the lengths it was tuned for — separate
/// models per length were 13.5 points below lead at two sentences on CNN (docs/summarizer.md).
/// </remarks>
public class QualityRegressionTests
{
    private const int Records = 200;
    private const double Tolerance = 1.0;
    private const double MaxDanglingShare = 5.0;

    [SharedDataFact("cnn_dailymail")]
    public void Cnn_dailymail() => Check("cnn_dailymail", "cnn_dailymail.dev.jsonl");

    [SharedDataFact("orangesum_fr")]
    public void Orangesum_fr() => Check("orangesum_fr", "orangesum_fr.dev.jsonl");

    [SharedDataFact("xsum")]
    public void Xsum() => Check("xsum", "xsum.dev.jsonl");

    [SharedDataFact("xlsum_en")]
    public void Xlsum_en() => Check("xlsum_en", "xlsum_en.dev.jsonl");

    [SharedDataFact("mlsum_es")]
    public void Mlsum_es() => Check("mlsum_es", "mlsum_es.dev.jsonl");

    [SharedDataFact("xlsum_ur")]
    public void Xlsum_ur() => Check("xlsum_ur", "xlsum_ur.dev.jsonl");

    [SharedDataFact("rbc_ru")]
    public void Rbc_ru() => Check("rbc_ru", "rbc_ru.dev.jsonl");

    [SharedDataFact("bbc_news_summary")]
    public void Bbc_news_summary() => Check("bbc_news_summary", "bbc_news_summary.all.jsonl");

    private static void Check(string set, string file)
    {
        var records = File.ReadLines(Path.Combine(SharedData.Require(set), file)).Take(Records).Select(Parse).ToList();
        var failures = new StringBuilder();
        foreach (var length in LengthGrid.Lengths)
        {
            var lead = new RougeAccumulator();
            var dflt = new RougeAccumulator();
            var dangling = 0;
            foreach (var (text, lang, title, reference) in records)
            {
                var options = new SummaryOptions { Length = length, Language = lang, Title = title };
                lead.Add(Rouge.Score(reference, Join(Briefly.Summarization.Summarizers.Lead.Summarize(text, options)), lang));
                var summary = Briefly.Summarization.Summarizers.Default.Summarize(text, options);
                dflt.Add(Rouge.Score(reference, Join(summary), lang));
                if (Selection.BackReferences.CountDangling(text, summary.Sentences) > 0)
                    dangling++;
            }
            if (dflt.Rouge1 < lead.Rouge1 - Tolerance)
                failures.AppendLine(CultureInfo.InvariantCulture, $"{set} at {length}: default ROUGE-1 {dflt.Rouge1:0.00} < lead {lead.Rouge1:0.00} − {Tolerance}");
            var share = 100.0 * dangling / records.Count;
            if (share > MaxDanglingShare)
                failures.AppendLine(CultureInfo.InvariantCulture, $"{set} at {length}: {share:0.0}% of default summaries dangle");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string Join(Summary summary) => string.Join("\n", summary.Sentences.Select(s => s.Text));

    private static (string Text, string Lang, string? Title, string Reference) Parse(string line)
    {
        using var record = JsonDocument.Parse(line);
        var r = record.RootElement;
        var title = r.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return (r.GetProperty("text").GetString()!, r.GetProperty("lang").GetString()!, title, r.GetProperty("summary").GetString()!);
    }
}
