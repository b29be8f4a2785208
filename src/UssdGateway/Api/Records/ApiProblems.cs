namespace UssdGateway.Api.Records;

/// <summary>The records API's problem answers (RFC 9457 bodies with the reason in <c>detail</c>).</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status409Conflict);
}
