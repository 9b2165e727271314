namespace Briefly.Ingest.Fetching;

/// <summary>A fetch that failed for a reason worth telling the user in one line.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when the fetch was refused by policy (scheme, private address) rather than failed on the network.</summary>
    public bool IsRefused { get; init; }
}
