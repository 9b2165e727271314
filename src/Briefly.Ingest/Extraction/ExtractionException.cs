namespace Briefly.Ingest.Extraction;

/// <summary>The HTML cannot be extracted at all (beyond <see cref="Html.HtmlLimits"/>); the message is one line.</summary>
public sealed class ExtractionException(string message) : Exception(message);
