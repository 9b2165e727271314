using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace Briefly.Summarization.Llm;

/// <summary>Registers every summarization method a host offers, the language model's as configured.</summary>
public static class LlmServices
{
    /// <summary>
    /// The built-in methods and <c>llm</c>: enabled with <see cref="LlmOptions.Endpoint"/> and a model, otherwise
    /// listed as disabled with the reason (what to set, or which setting is wrong).
    /// </summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSummaries();
        var options = LlmOptions.Read(configuration, out var disabledBecause);
        if (options is null)
        {
            services.AddSingleton(new SummarizerEntry(LlmSummarizer.MethodName, LlmSummarizer.About, null, disabledBecause));
            return services;
        }
        // Made by the container, so that it is disposed with it.
        services.AddKeyedSingleton(LlmSummarizer.MethodName, (_, _) => ChatClient(options));
        services.AddSingleton<ISummarizer>(sp => new LlmSummarizer(
            sp.GetRequiredKeyedService<IChatClient>(LlmSummarizer.MethodName),
            options,
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<LlmSummarizer>>(),
            ledger: sp.GetService<ITokenLedger>()));
        return services;
    }

    /// <summary>
    /// A chat client for an OpenAI-compatible endpoint that tries once: a retry would outlast the reader's
    /// <see cref="LlmOptions.Timeout"/>, and the extractive summary is always there instead.
    /// </summary>
    public static IChatClient ChatClient(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new OpenAIClient(
            // The protocol's client insists on a key; servers that need none (Ollama, llama.cpp) ignore it.
            new ApiKeyCredential(options.ApiKey ?? "none"),
            new OpenAIClientOptions
            {
                Endpoint = options.Endpoint,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
                UserAgentApplicationId = "briefly",
            });
        return client.GetChatClient(options.Model).AsIChatClient();
    }
}
