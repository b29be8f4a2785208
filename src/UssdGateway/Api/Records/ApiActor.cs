using System.Security.Claims;
using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>The programme actor for a change made through the API or the console: the signed-in account or API key.</summary>
internal static class ApiActor
{
    public static ProgrammeActor Of(ClaimsPrincipal user) => ProgrammeActor.Staff(user.Identity?.Name ?? "unknown");
}
