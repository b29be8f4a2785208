using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Broadcasts;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Broadcasts;

namespace UssdGateway.Admin.Broadcasts;

/// <summary>
/// <c>/admin/broadcasts</c>, staff and admins: compose an announcement to a cohort, a commune, a sector or every
/// cooperative leader, in French and in Bambara; "Aperçu" shows recipients, opted out, each language's text as sent
/// (GSM-7 spelling), encoding, parts and estimated cost, writing nothing; "Envoyer" queues it and opens its page.
/// The latest broadcasts are listed below.
/// </summary>
[Authorize(Policy = ConsolePolicies.Staff)]
public sealed class BroadcastsModel(BroadcastService broadcasts, IProgrammeFigures figures) : PageModel
{
    [BindProperty]
    public BroadcastForm Form { get; set; } = new();

    public IReadOnlyList<CohortFigures> Cohorts { get; private set; } = [];

    public IReadOnlyList<BroadcastSummary> Latest { get; private set; } = [];

    public BroadcastPreview? Preview { get; private set; }

    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Form.ToRequest(out var problem) is { } request) Preview = await broadcasts.PreviewAsync(request, cancellationToken);
        return await ShowAsync(problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (Form.ToRequest(out var problem) is not { } request) return await ShowAsync(problem, cancellationToken);
        var id = await broadcasts.SendAsync(request, "staff:" + (User.Identity?.Name ?? "unknown"), cancellationToken);
        return Redirect(BroadcastModel.PathOf(id));
    }

    private async Task<IActionResult> ShowAsync(string? problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        if (problem is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cohorts = await figures.GetCohortsAsync(cancellationToken);
        Latest = await broadcasts.ListAsync(cancellationToken);
    }
}
