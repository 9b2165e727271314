using Briefly.Summarization;

namespace Briefly.Cli.Output;

public static class SummaryWriter
{
    public static void Write(TextWriter output, Summary summary, string format)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(ToJson(summary));
                break;
            case "markdown":
                foreach (var s in summary.Sentences)
                    output.WriteLine($"- {s.Text}");
                break;
            default:
                foreach (var s in summary.Sentences)
                    output.WriteLine(s.Text);
                break;
        }
    }

    public static string ToJson(Summary summary) => SummaryJson.Serialize(summary, indented: true);
}
