using Briefly.Summarization.Tests.Fixtures;

namespace Briefly.Summarization.Tests.Summarizers;

/// <summary>What every method promises: exact spans, article order, the requested length, no site furniture.</summary>
public class SummarizerContractTests
{
    public static TheoryData<string> Methods => ["default", "lead", "textrank", "lexrank"];

    private static readonly string[] Furniture =
    [
        "No time to read", "Previous Article", "Next Article", "Council approves new cycle lanes",
        "Museum extends opening hours", "Share this article", "Advertisement", "By Maria Lindqvist", "PORTSMOUTH",
    ];

    private static ExtractiveSummarizer Get(string method) =>
        Briefly.Summarization.Summarizers.TryGet(method, out var s) ? s : throw new ArgumentException(method);

    [Theory]
    [MemberData(nameof(Methods))]
    public void English_article_gives_three_exact_spans_in_order_without_furniture(string method)
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var summary = Get(method).Summarize(text, new SummaryOptions());

        Assert.Equal("en", summary.Language);
        Assert.Equal(method, summary.Method);
        Assert.Equal(3, summary.Sentences.Count);
        Assert.Equal(summary.Sentences.OrderBy(s => s.Index).Select(s => s.Index), summary.Sentences.Select(s => s.Index));
        Assert.Equal(summary.Sentences.OrderBy(s => s.Start).Select(s => s.Start), summary.Sentences.Select(s => s.Start));
        foreach (var s in summary.Sentences)
        {
            Assert.Equal(text.Substring(s.Start, s.Length), s.Text);
            foreach (var chrome in Furniture)
                Assert.DoesNotContain(chrome, s.Text, StringComparison.Ordinal);
        }
        Assert.Equal(8, summary.SourceSentences);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Russian_article_is_detected_and_summarized_without_furniture(string method)
    {
        var text = Fixture.Read("library.ru.txt");
        var summary = Get(method).Summarize(text, new SummaryOptions { Length = SummaryLength.Sentences(2) });

        Assert.Equal("ru", summary.Language);
        Assert.Equal(2, summary.Sentences.Count);
        foreach (var s in summary.Sentences)
        {
            Assert.Equal(text.Substring(s.Start, s.Length), s.Text);
            Assert.DoesNotContain("Читайте", s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Нет времени", s.Text, StringComparison.Ordinal);
            Assert.False(s.Text.StartsWith("ТВЕРЬ", StringComparison.Ordinal), s.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Results_are_deterministic(string method)
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var first = Get(method).Summarize(text, new SummaryOptions());
        var second = Get(method).Summarize(text, new SummaryOptions());
        Assert.Equal(first.Sentences, second.Sentences);
    }

    [Fact]
    public void Lead_takes_the_first_sentences_after_the_dateline()
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var summary = Get("lead").Summarize(text, new SummaryOptions { Length = SummaryLength.Sentences(2) });
        Assert.StartsWith("The city's old harbour bridge reopened", summary.Sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Engineers replaced 240 corroded steel cables", summary.Sentences[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_keeps_the_lead_sentence_of_a_news_article()
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var summary = Get("default").Summarize(text, new SummaryOptions());
        Assert.StartsWith("The city's old harbour bridge reopened", summary.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(60)]
    [InlineData(1000)]
    public void Word_budget_is_respected(int words)
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var summary = Get("default").Summarize(text, new SummaryOptions { Length = SummaryLength.Words(words) });
        Assert.NotEmpty(summary.Sentences);
        var total = summary.Sentences.Sum(s => Briefly.Text.Tokenization.Tokenizer.CountWords(s.Text));
        Assert.True(summary.Sentences.Count == 1 || total <= words, $"{total} words for a budget of {words}");
        if (words >= 1000)
            Assert.Equal(summary.SourceSentences, summary.Sentences.Count);
    }

    [Fact]
    public void Ratio_scales_with_the_article()
    {
        var text = Fixture.Read("harbour-bridge.en.txt");
        var small = Get("default").Summarize(text, new SummaryOptions { Length = SummaryLength.Ratio(0.2) });
        var large = Get("default").Summarize(text, new SummaryOptions { Length = SummaryLength.Ratio(0.6) });
        Assert.True(small.Sentences.Count < large.Sentences.Count, $"{small.Sentences.Count} vs {large.Sentences.Count}");
    }

    [Fact]
    public void Title_hint_raises_sentences_about_the_headline()
    {
        var text = "The weather was mild across the region on Monday morning.\n"
            + "Farmers in the valley reported an early apple harvest this year.\n"
            + "Schools reopened after the spring break with new timetables.\n"
            + "The river festival drew a record crowd of visitors to the old town.";
        double FestivalScore(string? title) => Get("default")
            .Summarize(text, new SummaryOptions { Length = SummaryLength.Sentences(4), Title = title })
            .Sentences.Single(s => s.Text.Contains("river festival", StringComparison.Ordinal)).Score;
        Assert.True(FestivalScore("Record crowd at river festival") > FestivalScore(null));
        Assert.True(FestivalScore("Record crowd at river festival") > FestivalScore("Parliament debates budget"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("... !!! ???")]
    public void Input_without_words_gives_an_empty_summary(string text)
    {
        var summary = Get("default").Summarize(text, new SummaryOptions());
        Assert.Empty(summary.Sentences);
        Assert.Equal(0, summary.SourceSentences);
    }

    [Fact]
    public void A_single_sentence_is_its_own_summary()
    {
        var summary = Get("default").Summarize("  The vote was postponed until Friday.  ", new SummaryOptions());
        Assert.Equal("The vote was postponed until Friday.", Assert.Single(summary.Sentences).Text);
    }

    [Fact]
    public void Text_without_punctuation_is_one_sentence()
    {
        var summary = Get("default").Summarize("the council met today and agreed on a budget for roads and parks", new SummaryOptions());
        Assert.Single(summary.Sentences);
    }

    [Fact]
    public void Only_furniture_gives_an_empty_summary()
    {
        var summary = Get("default").Summarize("No time to read? Get a summary\nShare this article\nAdvertisement\nRead more", new SummaryOptions());
        Assert.Empty(summary.Sentences);
    }

    [Fact]
    public void A_megabyte_of_text_is_summarized()
    {
        var paragraph = Fixture.Read("harbour-bridge.en.txt");
        var builder = new System.Text.StringBuilder();
        for (var i = 0; builder.Length < 1_000_000; i++)
            builder.Append("Section ").Append(i).Append(" reports that ").Append(paragraph).Append('\n');
        var summary = Get("default").Summarize(builder.ToString(), new SummaryOptions());
        Assert.Equal(3, summary.Sentences.Count);
    }
}
