using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Summarization.Tests.Catalog;

public class SummarizerCatalogTests
{
    private static readonly ISummarizerCatalog Catalog = new ServiceCollection()
        .AddSummaries()
        .AddSingleton(new SummarizerEntry("llm", "a written summary", null, "no model here"))
        .BuildServiceProvider()
        .GetRequiredService<ISummarizerCatalog>();

    [Fact]
    public void Lists_the_built_in_methods_default_first_then_those_registered_as_disabled()
    {
        Assert.Equal(["default", "lead", "textrank", "lexrank", "llm"], Catalog.Entries.Select(e => e.Name));
        Assert.All(Catalog.Entries.Take(4), e => Assert.True(e.Enabled));
        Assert.False(Catalog.Entries[^1].Enabled);
        Assert.All(Catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Description)));
        Assert.All(Catalog.Entries.Take(4), e => Assert.Equal(global::Briefly.Summarization.Summarizers.EngineVersion, e.Summarizer!.Version));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("LexRank")]
    public async Task Finds_a_method_by_name_in_any_case_and_it_summarizes(string name)
    {
        Assert.True(Catalog.TryGet(name, out var summarizer, out var error));
        Assert.Equal("", error);

        var summary = await summarizer.SummarizeAsync(new SummaryRequest(
            "The bridge reopened on Monday. Cars crossed it at noon. The mayor cut a ribbon. Traffic was light.",
            new SummaryOptions { Length = SummaryLength.Sentences(2), Language = "en" }));

        Assert.Equal(2, summary.Sentences.Count);
        Assert.Equal(name.ToLowerInvariant(), summary.Method);
    }

    [Fact]
    public void Says_why_a_method_cannot_be_had()
    {
        Assert.False(Catalog.TryGet("magic", out _, out var unknown));
        Assert.Equal("unknown method 'magic'; use one of: default, lead, textrank, lexrank", unknown);
        Assert.False(Catalog.TryGet("LLM", out _, out var disabled));
        Assert.Equal("method 'llm' is disabled: no model here; use one of: default, lead, textrank, lexrank", disabled);
    }
}
