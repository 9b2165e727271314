using Briefly.Summarization.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefly.Summarization.Tests.Llm;

public sealed class LlmSettingsTests
{
    private static ISummarizerCatalog Catalog(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddSummaries(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value))).Build())
            .BuildServiceProvider()
            .GetRequiredService<ISummarizerCatalog>();

    [Fact]
    public void Without_an_endpoint_llm_is_listed_as_disabled_with_what_to_set()
    {
        var catalog = Catalog();
        Assert.Equal(["default", "lead", "textrank", "lexrank", "llm"], catalog.Entries.Select(e => e.Name));
        Assert.False(catalog.TryGet("llm", out _, out var error));
        Assert.Equal("method 'llm' is disabled: no language model is configured (set Briefly:Llm:Endpoint and Briefly:Llm:Model); use one of: default, lead, textrank, lexrank", error);
    }

    [Fact]
    public void With_an_endpoint_and_a_model_llm_is_enabled_and_its_version_names_model_and_prompt()
    {
        var catalog = Catalog(("Briefly:Llm:Endpoint", "http://127.0.0.1:11434/v1"), ("Briefly:Llm:Model", "llama3.2"));
        Assert.True(catalog.TryGet("LLM", out var llm, out _));
        var engine = global::Briefly.Summarization.Summarizers.EngineVersion;
        Assert.Equal($"llama3.2/prompt-{SummaryPrompt.Shipped.Version}/input-1500/engine-{engine}", llm.Version);
        Assert.True(llm.IsRemote);
        Assert.NotEqual(global::Briefly.Summarization.Summarizers.Default.Version, llm.Version);
    }

    [Theory]
    [InlineData("Endpoint", "ftp://models.example/v1?key=secret", "Briefly:Llm:Endpoint must be an http(s) address such as http://127.0.0.1:11434/v1")]
    [InlineData("Model", "", "Briefly:Llm:Model is not set (the model's name at the endpoint)")]
    [InlineData("TimeoutSeconds", "soon", "Briefly:Llm:TimeoutSeconds must be a whole number from 1 to 600, not 'soon'")]
    [InlineData("MaxConcurrency", "0", "Briefly:Llm:MaxConcurrency must be a whole number from 1 to 1000, not '0'")]
    [InlineData("DailyTokenBudget", "-5", "Briefly:Llm:DailyTokenBudget must be a whole number from 0 to 9223372036854775807, not '-5'")]
    [InlineData("Stream", "maybe", "Briefly:Llm:Stream must be true or false, not 'maybe'")]
    public void A_wrong_setting_disables_llm_and_says_which_and_why(string key, string value, string why)
    {
        var settings = new Dictionary<string, string>
        {
            ["Briefly:Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Briefly:Llm:Model"] = "llama3.2",
        };
        settings["Briefly:Llm:" + key] = value;
        var catalog = Catalog([.. settings.Select(s => (s.Key, s.Value))]);
        Assert.False(catalog.TryGet("llm", out _, out var error));
        Assert.EndsWith("its configuration is wrong: " + why + "; use one of: default, lead, textrank, lexrank", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_prompt_has_a_version_and_fills_in_length_language_title_and_article()
    {
        var messages = SummaryPrompt.Shipped.Messages("The article.", "The title", "ru", 3);
        Assert.False(string.IsNullOrWhiteSpace(SummaryPrompt.Shipped.Version));
        Assert.Contains("exactly 3 sentences in Russian", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Title: The title", messages[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("The article.", messages[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", string.Concat(messages.Select(m => m.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("system:\nx\nuser:\ny")]
    [InlineData("version: 2\nuser:\ny\nsystem:\nx")]
    [InlineData("version:\nsystem:\nx\nuser:\ny")]
    public void A_prompt_without_version_or_parts_is_refused(string text) =>
        Assert.Throws<FormatException>(() => SummaryPrompt.Parse(text));

    [Fact]
    public void An_answer_loses_list_markers_and_hidden_thoughts_and_is_split_into_sentences()
    {
        var sentences = WrittenAnswer.Sentences("<think>Let me see.\nOK.</think>\n1. First point here. Second point here.\n- **Third** point here.\n\n", "en");
        Assert.Equal(["First point here.", "Second point here.", "Third point here."], sentences);
        // Numbers out of order open the sentence: a German date, not a list.
        Assert.Equal(["15. März wurde die Brücke eröffnet."], WrittenAnswer.Sentences("15. März wurde die Brücke eröffnet.", "de"));
    }

    [Fact]
    public void The_options_never_print_the_key()
    {
        var options = new LlmOptions { Endpoint = new Uri("https://models.example/v1?k=1"), Model = "m", ApiKey = "sk-secret" };
        Assert.DoesNotContain("sk-secret", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("k=1", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = (set)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_holding_a_placeholder_stays_text()
    {
        var messages = SummaryPrompt.Shipped.Messages("The article.", "About {article} and {sentences}", "en", 2);
        Assert.Contains("Title: About {article} and {sentences}", messages[1].Text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(messages[1].Text, "The article\\."));
    }
}
