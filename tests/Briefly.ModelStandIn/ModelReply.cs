namespace Briefly.ModelStandIn;

/// <summary>What the stand-in answers one request with.</summary>
public abstract record ModelReply
{
    /// <summary>A chat completion whose message is <paramref name="text"/>, after <paramref name="delay"/>.</summary>
    public static ModelReply Answer(string text, TimeSpan delay = default) => new AnswerReply(text, delay);

    /// <summary>An HTTP error with the protocol's error body, and a <c>Retry-After</c> header when given.</summary>
    public static ModelReply Status(int status, string? retryAfter = null) => new StatusReply(status, retryAfter);

    /// <summary>200 with a body that is not the protocol's JSON.</summary>
    public static ModelReply Malformed { get; } = new MalformedReply();

    public sealed record AnswerReply(string Text, TimeSpan Delay) : ModelReply;

    public sealed record StatusReply(int Code, string? RetryAfter) : ModelReply;

    public sealed record MalformedReply : ModelReply;
}

/// <summary>One request the stand-in received: the model asked for, the system and user messages, whether it streams.</summary>
public sealed record ModelRequest(string Model, string System, string User, bool Stream, string? Authorization);
