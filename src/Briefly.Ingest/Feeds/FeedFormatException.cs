namespace Briefly.Ingest.Feeds;

/// <summary>The document is not a feed Briefly can read; the message says why, in one line.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
