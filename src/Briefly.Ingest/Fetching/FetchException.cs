namespace Briefly.Ingest.Fetching;

/// <summary>A fetch that failed for a reason worth telling the user in one line.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);
