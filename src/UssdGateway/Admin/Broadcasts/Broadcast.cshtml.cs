using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Broadcasts;
using UssdGateway.Infrastructure.Broadcasts;

namespace UssdGateway.Admin.Broadcasts;

/// <summary><c>/admin/broadcasts/{id}</c>, staff: a sent broadcast and its messages by outbox status (reload to follow delivery).</summary>
[Authorize(Policy = ConsolePolicies.Staff)]
public sealed class BroadcastModel(BroadcastService broadcasts) : PageModel
{
    public BroadcastStatus Broadcast { get; private set; } = null!;

    public static string PathOf(long id) => "/admin/broadcasts/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Describe(BroadcastAudience audience) => audience.Kind switch
    {
        BroadcastAudienceKind.Cohort => "cohorte n° " + audience.Value,
        BroadcastAudienceKind.Commune => "commune " + audience.Value,
        BroadcastAudienceKind.Sector => "secteur " + audience.Value,
        _ => "tous les responsables",
    };

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await broadcasts.GetAsync(id, cancellationToken) is not { } status) return NotFound();
        Broadcast = status;
        return Page();
    }
}
