using System.Buffers;
using System.Text.Json;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Api;

/// <summary>
/// Reads a JSON request body within the configured size limit. Done by hand rather than by parameter binding so
/// that every way a body can be wrong (too big, not JSON, wrong shape) gets its own clear problem+json answer.
/// </summary>
public sealed class JsonBody(IOptions<SiteOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
            return (null, TooLarge(limit));
        // JSON only, declared as such: a page elsewhere cannot make its visitors' browsers send this cross-site
        // without a CORS preflight, which the site never grants.
        if (!request.HasJsonContentType())
        {
            request.HttpContext.Response.Headers["Accept-Post"] = "application/json";
            return (null, Problems.Of(StatusCodes.Status415UnsupportedMediaType, string.IsNullOrEmpty(request.ContentType)
                ? "send the body as application/json (the request has no Content-Type)"
                : $"send the body as application/json, not {request.ContentType}"));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(request.ContentLength ?? 4096, 256, limit + 1));
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(4096);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                    break;
                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                    return (null, TooLarge(limit));
            }
        }
        catch (BadHttpRequestException e)
        {
            // The server's own limits, or a client that hung up mid-body: an answer, not an unhandled exception.
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge(limit) : Problems.BadRequest("the request body ended before its declared length"));
        }
        if (buffer.WrittenCount == 0)
            return (null, Problems.BadRequest("the request body is empty; send a JSON object"));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.WrittenSpan, Json);
            return value is null ? (null, Problems.BadRequest("send a JSON object, not null")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"the body is not valid JSON for this endpoint: {e.Message.Split('.')[0]}"));
        }
    }

    private static IResult TooLarge(long limit) =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than the {limit / 1024} KB limit");
}
