using Briefly.Ingest.Fetching;
using Briefly.Ingest.Html;

namespace Briefly.Ingest.Input;

/// <summary>What a host was given to summarize: exactly one of pasted text, HTML and a web address.</summary>
public sealed record SummarySource(string? Text = null, string? Html = null, Uri? Url = null);

/// <summary>A source that gives no text to summarize, said in one line: <see cref="Unusable"/> when the input was read but cannot be used.</summary>
public sealed class SummaryInputException(string message, bool unusable) : Exception(message)
{
    public bool Unusable { get; } = unusable;
}

/// <summary>
/// The one input path of the API and the CLI: text is read as a file would be (HTML recognised by its markup, its
/// body text and title extracted), HTML is extracted, a web address is fetched through the guard and then read as
/// text. HTML beyond <see cref="HtmlLimits"/> is refused before any parser sees it.
/// </summary>
public static class SummaryInput
{
    /// <exception cref="SummaryInputException">Not exactly one source, or HTML beyond the limits (<see cref="TextInput.FromHtml"/>).</exception>
    /// <exception cref="FetchException">The address could not be fetched (or may not be, by policy).</exception>
    public static async Task<InputText> ReadAsync(SummarySource source, PageFetcher? fetcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var given = (source.Text is null ? 0 : 1) + (source.Html is null ? 0 : 1) + (source.Url is null ? 0 : 1);
        if (given != 1)
            throw new SummaryInputException("give exactly one of text, html and url", unusable: false);
        if (source.Html is not null)
            return TextInput.FromHtml(source.Html);
        string text;
        if (source.Text is not null)
        {
            text = source.Text;
        }
        else
        {
            if (fetcher is null)
                throw new ArgumentNullException(nameof(fetcher), "a web address needs a fetcher");
            text = (await fetcher.FetchAsync(source.Url!, cancellationToken)).Body;
        }
        return TextInput.FromText(text);
    }
}
