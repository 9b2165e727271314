using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefly.ModelStandIn;

/// <summary>
/// A stand-in for an OpenAI-compatible model server (Ollama, llama.cpp, vLLM): real Kestrel on 127.0.0.1 speaking
/// the chat-completions wire protocol (<c>POST /v1/chat/completions</c>, a JSON answer or server-sent events when
/// the request streams), answering each request as the test's script says. The only fake in the tests: a real
/// model cannot run here.
/// </summary>
public sealed class ModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;
    private int _inFlight;
    private int _mostInFlight;

    private ModelServer(WebApplication app, Func<ModelRequest, ModelReply> script)
    {
        _app = app;
        Script = script;
    }

    /// <summary>The base address a client is configured with, ending in <c>/v1</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Chooses each request's reply; tests may change it between requests.</summary>
    public Func<ModelRequest, ModelReply> Script { get; set; }

    /// <summary>The most requests the stand-in was answering at once.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<ModelRequest> Requests { get; } = new();

    public static async Task<ModelServer> StartAsync(Func<ModelRequest, ModelReply> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ModelServer(app, script);
        app.MapPost("/v1/chat/completions", server.CompleteAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task CompleteAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int most;
        while (now > (most = Volatile.Read(ref _mostInFlight)) && Interlocked.CompareExchange(ref _mostInFlight, now, most) != most)
        {
        }
        try
        {
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
        var messages = body["messages"]!.AsArray();
        string Text(string role) => string.Join("\n", messages.Where(m => (string?)m!["role"] == role).Select(m => Content(m!["content"])));
        var request = new ModelRequest(
            (string?)body["model"] ?? "",
            Text("system"),
            Text("user"),
            (bool?)body["stream"] ?? false,
            context.Request.Headers.Authorization.ToString());
        Requests.Enqueue(request);
        var response = context.Response;
        switch (Script(request))
        {
            case ModelReply.StatusReply status:
                response.StatusCode = status.Code;
                if (status.RetryAfter is not null)
                    response.Headers.RetryAfter = status.RetryAfter;
                await response.WriteAsJsonAsync(new { error = new { message = $"stand-in status {status.Code}", type = "server_error" } });
                return;
            case ModelReply.MalformedReply:
                response.ContentType = "application/json";
                await response.WriteAsync("{\"choices\": [ {\"message\": ");
                return;
            case ModelReply.AnswerReply answer:
                if (answer.Delay > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(answer.Delay, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
                var id = "chatcmpl-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
                var usage = new { prompt_tokens = request.User.Length / 4, completion_tokens = answer.Text.Length / 4, total_tokens = (request.User.Length + answer.Text.Length) / 4 };
                if (request.Stream)
                    await StreamAsync(response, id, request.Model, answer.Text, usage);
                else
                    await response.WriteAsJsonAsync(new
                    {
                        id,
                        @object = "chat.completion",
                        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                        model = request.Model,
                        choices = new[] { new { index = 0, message = new { role = "assistant", content = answer.Text }, finish_reason = "stop" } },
                        usage,
                    });
                return;
        }
    }

    // Server-sent events as the protocol streams them: a role, the text in pieces, the finish, the usage, [DONE].
    private static async Task StreamAsync(HttpResponse response, string id, string model, string text, object usage)
    {
        response.ContentType = "text/event-stream";
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        async Task Send(object? delta, string? finish, object? withUsage = null)
        {
            var chunk = new
            {
                id,
                @object = "chat.completion.chunk",
                created,
                model,
                choices = delta is null && finish is null ? Array.Empty<object>() : [new { index = 0, delta = delta ?? new { }, finish_reason = finish }],
                usage = withUsage,
            };
            await response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n");
            await response.Body.FlushAsync();
        }
        await Send(new { role = "assistant", content = "" }, null);
        for (var i = 0; i < text.Length; i += 16)
            await Send(new { content = text.Substring(i, Math.Min(16, text.Length - i)) }, null);
        await Send(null, "stop");
        await Send(null, null, usage);
        await response.WriteAsync("data: [DONE]\n\n");
    }

    private static string Content(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"])),
        _ => (string?)content ?? "",
    };
}
