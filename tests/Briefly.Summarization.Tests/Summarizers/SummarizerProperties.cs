using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefly.Summarization.Tests.Summarizers;

/// <summary>On arbitrary input: no exception, spans are substrings, never more than asked, article order.</summary>
public class SummarizerProperties
{
    private static readonly string[] Pieces =
    [
        "The", "mayor", "said", "Mr.", "Dr.", "U.S.", "3.5", "1,000", "«Да»", "он", "сказал", "—", "...", "?!", ".", "!", "?", "\n", "\n\n",
        "\"", "»", "(", ")", "http://example.org/a.b", "e.g.", "г.", "т.е.", "  ", "\t", "Amazon.com", "J.", "K.", "Rowling", "漢字", "ß", "é",
        "No time to read? Get a summary", "Previous Article", "Share", "\u00A0", "\u200B", "\uD83D\uDE00", "1.", "a", "Z",
    ];

    public static Arbitrary<string> Soup() =>
        Gen.Elements(Pieces)
            .ListOf()
            .Select(parts => string.Join(" ", parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public bool Random_unicode_keeps_the_contract(NonNull<string> input, PositiveInt requested) =>
        Holds(input.Get, Math.Min(requested.Get, 8));

    [Property(MaxTest = 300, Arbitrary = [typeof(SummarizerProperties)])]
    public bool Sentence_soup_keeps_the_contract(string input, PositiveInt requested) =>
        Holds(input, Math.Min(requested.Get, 8));

    private static bool Holds(string text, int requested)
    {
        foreach (var summarizer in Briefly.Summarization.Summarizers.BuiltIn)
        {
            var summary = summarizer.Summarize(text, new SummaryOptions { Length = SummaryLength.Sentences(requested) });
            if (summary.Sentences.Count > requested)
                return false;
            var previousEnd = 0;
            foreach (var s in summary.Sentences)
            {
                if (s.Start < previousEnd || s.Length <= 0 || s.Start + s.Length > text.Length)
                    return false;
                if (text.Substring(s.Start, s.Length) != s.Text)
                    return false;
                previousEnd = s.Start + s.Length;
            }
        }
        return true;
    }
}
