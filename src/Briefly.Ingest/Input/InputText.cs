namespace Briefly.Ingest.Input;

/// <summary>An input as text, whatever it came as: plain text or HTML, from a file, standard input, a request or a URL.</summary>
/// <param name="Text">The plain text: without a byte order mark, with LF line ends; for HTML, its extracted body text.</param>
/// <param name="Title">The HTML document's title, or null for plain text.</param>
/// <param name="WasHtml">True when the input looked like HTML and its text was extracted.</param>
public sealed record InputText(string Text, string? Title, bool WasHtml);
