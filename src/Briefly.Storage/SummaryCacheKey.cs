namespace Briefly.Storage;

/// <summary>A cached summary is valid for exactly this content, these length options, this method and this engine.</summary>
public readonly record struct SummaryCacheKey(string ContentHash, string Options, string Method, string EngineVersion);
