using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Briefly.Summarization.Llm;

/// <summary>
/// Where and how to ask a language model: operator settings under <c>Briefly:Llm</c> (configuration or environment,
/// e.g. <c>Briefly__Llm__Endpoint</c>), never taken from a request.
/// </summary>
public sealed record LlmOptions
{
    public const string Section = "Briefly:Llm";

    /// <summary>The OpenAI-compatible base address, e.g. <c>http://127.0.0.1:11434/v1</c> (Ollama).</summary>
    public required Uri Endpoint { get; init; }

    public required string Model { get; init; }

    /// <summary>Sent as the bearer token; local servers need none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>How long a reader may wait for the model, queueing included; then the extractive summary is served.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Requests to the endpoint at once; more wait (within <see cref="Timeout"/>).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Tokens (prompt and answer) the endpoint may be sent per UTC day; 0 for no limit.</summary>
    public long DailyTokenBudget { get; init; }

    /// <summary>The most article words the model is given: longer articles are cut to their most important sentences.</summary>
    public int MaxInputWords { get; init; } = 1500;

    /// <summary>Whether to ask for the answer as a stream (some proxies cut long silent requests).</summary>
    public bool Stream { get; init; }

    /// <summary>
    /// Reads the section. No endpoint: null and why (the method is listed as disabled). A value that is set but
    /// wrong: null and which setting and why, so the operator sees it when the method is asked for.
    /// </summary>
    public static LlmOptions? Read(IConfiguration configuration, out string disabledBecause)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        disabledBecause = "";
        var endpoint = section["Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            disabledBecause = $"no language model is configured (set {Section}:Endpoint and {Section}:Model)";
            return null;
        }
        if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            // The value is not repeated: an address may carry a key, and this text reaches anyone who asks for llm.
            return Invalid($"{Section}:Endpoint must be an http(s) address such as http://127.0.0.1:11434/v1", out disabledBecause);
        var model = section["Model"];
        if (string.IsNullOrWhiteSpace(model))
            return Invalid($"{Section}:Model is not set (the model's name at the endpoint)", out disabledBecause);
        try
        {
            return new LlmOptions
            {
                Endpoint = uri,
                Model = model.Trim(),
                // A key read from a secrets file often ends in a line break.
                ApiKey = string.IsNullOrWhiteSpace(section["ApiKey"]) ? null : section["ApiKey"]!.Trim(),
                Timeout = TimeSpan.FromSeconds(Number(section, "TimeoutSeconds", 20, 1, 600)),
                MaxConcurrency = (int)Number(section, "MaxConcurrency", 4, 1, 1000),
                DailyTokenBudget = Number(section, "DailyTokenBudget", 0, 0, long.MaxValue),
                MaxInputWords = (int)Number(section, "MaxInputWords", 1500, 50, 100_000),
                Stream = Flag(section, "Stream"),
            };
        }
        catch (FormatException e)
        {
            return Invalid(e.Message, out disabledBecause);
        }
    }

    // The key stays out of logs and exception messages that print these options.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Endpoint = {Endpoint.GetLeftPart(UriPartial.Path)}, Model = {Model}, ApiKey = {(ApiKey is null ? "none" : "(set)")}, ");
        builder.Append(CultureInfo.InvariantCulture, $"Timeout = {Timeout}, MaxConcurrency = {MaxConcurrency}, DailyTokenBudget = {DailyTokenBudget}, MaxInputWords = {MaxInputWords}, Stream = {Stream}");
        return true;
    }

    private static LlmOptions? Invalid(string why, out string disabledBecause)
    {
        disabledBecause = "its configuration is wrong: " + why;
        return null;
    }

    private static long Number(IConfigurationSection section, string key, long fallback, long min, long max)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{Section}:{key} must be a whole number from {min} to {max}, not '{value}'");
    }

    private static bool Flag(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
            return false;
        return bool.TryParse(value, out var flag) ? flag : throw new FormatException($"{Section}:{key} must be true or false, not '{value}'");
    }
}
