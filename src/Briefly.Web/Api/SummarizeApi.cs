using System.Globalization;
using Briefly.Ingest.Fetching;
using Briefly.Ingest.Input;
using Briefly.Summarization;
using Briefly.Text.Languages;
using Briefly.Text.Tokenization;
using Briefly.Web.Site;
using Briefly.Web.Summaries;

namespace Briefly.Web.Api;

/// <summary>`POST /api/summarize`: any text, HTML or URL in, the summary JSON out. Nothing is stored.</summary>
public static class SummarizeApi
{
    public const string RateLimitPolicy = "summarize";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/summarize", SummarizeAsync)
            .WithTags("Summarize")
            .WithSummary("Summarize text, HTML or the page at a URL (exactly one of them)")
            .Accepts<SummarizeRequest>("application/json")
            .Produces<SummaryResource>()
            .ProducesProblem(400)
            .ProducesProblem(413)
            .ProducesProblem(422)
            .ProducesProblem(429)
            .ProducesProblem(503)
            .RequireRateLimiting(RateLimitPolicy);
    }

    private static async Task<IResult> SummarizeAsync(
        HttpRequest request, JsonBody body, SummarizeAdmission admission, PageFetcher fetcher, SummaryService summaries, ISummarizerCatalog methods,
        CancellationToken cancellationToken)
    {
        if (admission.StillWaiting(ClientKeys.Of(request.HttpContext), request.ContentLength) is { } left)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfter(left);
            return Problems.Of(StatusCodes.Status429TooManyRequests,
                $"this client was told to wait before sending a text this long again; try again in {RetryAfter(left)} s");
        }
        using var slot = await admission.EnterAsync(cancellationToken);
        if (slot is null)
            return Busy(request);
        return await SummarizeInputAsync(request, body, admission, slot, fetcher, summaries, methods, cancellationToken);
    }

    private static IResult Busy(HttpRequest request)
    {
        request.HttpContext.Response.Headers.RetryAfter = RetryAfter(SummarizeAdmission.BusyRetryAfter);
        return Problems.Of(StatusCodes.Status503ServiceUnavailable, "the server is busy summarizing; try again in a few seconds");
    }

    private static string RetryAfter(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static async Task<IResult> SummarizeInputAsync(
        HttpRequest request, JsonBody body, SummarizeAdmission admission, IDisposable slot, PageFetcher fetcher, SummaryService summaries,
        ISummarizerCatalog methods, CancellationToken cancellationToken)
    {
        var (input, error) = await body.ReadAsync<SummarizeRequest>(request, cancellationToken);
        if (error is not null)
            return error;
        Uri? url = null;
        if (input!.Url is not null && (!Uri.TryCreate(input.Url, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            return Problems.BadRequest("url must be an absolute http or https URL");
        if (!SummarySpec.TryParse(
                input.Length,
                input.Sentences?.ToString(CultureInfo.InvariantCulture),
                input.Words?.ToString(CultureInfo.InvariantCulture),
                input.Ratio?.ToString(CultureInfo.InvariantCulture),
                input.Method,
                methods,
                out var spec,
                out var specError))
            return Problems.BadRequest(specError);
        if (!LanguageCodes.TryParse(input.Lang, out var language))
            return Problems.BadRequest("lang must be an ISO 639-1 code such as en or ru, or auto");

        InputText read;
        try
        {
            read = await SummaryInput.ReadAsync(new SummarySource(input.Text, input.Html, url), fetcher, cancellationToken);
        }
        catch (SummaryInputException e)
        {
            return e.Unusable ? Problems.Unprocessable(e.Message) : Problems.BadRequest(e.Message);
        }
        catch (FetchException e)
        {
            return e.IsRefused ? Problems.BadRequest(e.Message) : Problems.Of(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        var text = read.Text;
        var title = input.Title ?? read.Title;

        var words = Tokenizer.CountWords(text);
        if (await admission.ChargeWordsAsync(ClientKeys.Of(request.HttpContext), words, request.ContentLength) is { } wait)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfter(wait);
            return Problems.Of(StatusCodes.Status429TooManyRequests,
                $"this client has summarized its words for the minute (this text has {words:N0}); try again in {RetryAfter(wait)} s");
        }
        using var heavy = await admission.EnterHeavyAsync(words, cancellationToken);
        if (heavy is null)
            return Busy(request);
        // A model's wait is its server's work: the slot goes to the next text meanwhile.
        if (summaries.IsRemote(spec))
            slot.Dispose();
        var summary = await summaries.SummarizeAsync(text, spec, language, title, cancellationToken);
        if (summary.Sentences.Count == 0)
            return Problems.Unprocessable("the input has no sentences to summarize");
        return TypedResults.Text(SummaryJson.Serialize(summary), "application/json; charset=utf-8");
    }
}
