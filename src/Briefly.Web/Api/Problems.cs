namespace Briefly.Web.Api;

/// <summary>problem+json answers (RFC 9457) with a title per status and a one-line detail for the caller.</summary>
public static class Problems
{
    public static IResult Of(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status, title: TitleOf(status));

    public static IResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, detail);

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);

    public static IResult Unprocessable(string detail) => Of(StatusCodes.Status422UnprocessableEntity, detail);

    public static string TitleOf(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        410 => "Gone",
        413 => "Request too large",
        415 => "Unsupported media type",
        422 => "Unusable input",
        429 => "Too many requests",
        502 => "Bad gateway",
        503 => "Upstream unavailable",
        _ => "Error",
    };
}
