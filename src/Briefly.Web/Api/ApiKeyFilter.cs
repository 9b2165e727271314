using System.Security.Cryptography;
using System.Text;
using Briefly.Web.Site;
using Microsoft.Extensions.Options;

namespace Briefly.Web.Api;

/// <summary>Lets a write through only with a configured key in `X-Api-Key`; with no keys configured, no write passes.</summary>
public sealed class ApiKeyFilter(IOptions<SiteOptions> options, WrongKeyThrottle throttle) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var keys = options.Value.ApiKeys;
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (keys.Count == 0)
            return Refuse(context.HttpContext, "writes are disabled: no API keys are configured (Briefly:ApiKeys)");
        if (given.Length == 0)
            return Refuse(context.HttpContext, $"send an API key in the {Header} header");
        var client = ClientKeys.Of(context.HttpContext);
        if (throttle.IsLockedOut(client))
        {
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(WrongKeyThrottle.Refill.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Of(StatusCodes.Status429TooManyRequests, "too many wrong API keys from this client; try again later");
        }
        if (!keys.Any(k => SameKey(k, given)))
        {
            await throttle.FailedAsync(client);
            return Refuse(context.HttpContext, $"the {Header} header does not hold a valid key");
        }
        return await next(context);
    }

    private static object? Refuse(HttpContext context, string detail)
    {
        // RFC 9110 asks a 401 to say how to authenticate.
        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        return Problems.Of(StatusCodes.Status401Unauthorized, detail);
    }

    // Hashing first makes the comparison constant-time whatever the lengths.
    private static bool SameKey(string expected, string given) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}

/// <summary>How the write endpoints declare what they take and what guards them, one way for all.</summary>
public static class WriteEndpoints
{
    /// <summary>The key is checked before the handler runs (401 problem without a good one), and the OpenAPI document says so.</summary>
    public static RouteHandlerBuilder RequiresApiKey(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(401).AddEndpointFilter<ApiKeyFilter>().WithMetadata(new ApiKeyRequired());

    /// <summary>A JSON body read by <see cref="JsonBody"/>, with the problems it answers: 400, 413, 415 and 422.</summary>
    public static RouteHandlerBuilder AcceptsJson<T>(this RouteHandlerBuilder endpoint)
        where T : notnull =>
        endpoint.Accepts<T>("application/json").ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
}
