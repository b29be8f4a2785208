using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Menus.Lint;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Admin.Menus;

/// <summary>
/// <c>/admin/menus/edit?file=renapess.yaml</c>: a menu file (or <c>sms.yaml</c>) in a text area. Anyone signed in reads
/// it; staff and admins may "Vérifier" (lint the edited text, nothing written); admins "Publier" (refused with the
/// problems on an error) and "Revenir à cette version" from the history. Others posting get 403 (viewers post nothing).
/// </summary>
/// <remarks>The host's form limits suit telco callbacks (8 KB a value); a menu file is bigger.</remarks>
[RequestFormLimits(ValueLengthLimit = MenuPublisher.MaxFileBytes * 2)]
[RequestSizeLimit(MenuPublisher.MaxFileBytes * 4)]
public sealed class MenuEditorModel(MenuPublisher publisher, MenuHistory history) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "file")]
    public string FileName { get; set; } = "";

    public string Text { get; private set; } = "";

    public MenuLintReport? Report { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public string? CurrentHash { get; private set; }

    public IReadOnlyList<MenuHistoryEntry> History { get; private set; } = [];

    public bool CanPublish => User.IsInRole(StaffRoles.AdminCode);

    public bool CanCheck => CanPublish || User.IsInRole(StaffRoles.StaffCode);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (publisher.Read(FileName) is not { } content) return NotFound();
        Text = content;
        await LoadHistoryAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(string content, CancellationToken cancellationToken)
    {
        if (!CanCheck) return Forbid();
        if (publisher.Read(FileName) is null) return NotFound();
        Text = content ?? "";
        Report = publisher.Lint(FileName, Text);
        Message = Report.Passed ? "Aucune erreur : le fichier peut être publié." : "Le fichier a des erreurs : il ne peut pas être publié.";
        Failed = !Report.Passed;
        await LoadHistoryAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string content, CancellationToken cancellationToken)
    {
        if (!CanPublish) return Forbid();
        if (publisher.Read(FileName) is null) return NotFound();
        var result = await publisher.PublishAsync(FileName, content ?? "", "publish", Actor, cancellationToken);
        return await ShowAsync(result, content ?? "", "Publié", cancellationToken);
    }

    public async Task<IActionResult> OnPostRollbackAsync(long id, CancellationToken cancellationToken)
    {
        if (!CanPublish) return Forbid();
        if (publisher.Read(FileName) is null) return NotFound();
        var result = await publisher.RollBackAsync(FileName, id, Actor, cancellationToken);
        if (result is null) return NotFound();
        return await ShowAsync(result, publisher.Read(FileName) ?? "", "Version rétablie", cancellationToken);
    }

    private string Actor => User.Identity?.Name ?? "admin";

    private async Task<IActionResult> ShowAsync(MenuPublishResult result, string edited, string done, CancellationToken cancellationToken)
    {
        Report = result.Report;
        Failed = !result.Published && !result.Unchanged;
        Message = result switch
        {
            { Published: true } => $"{done} : {FileName} version {result.ContentHash} sert les nouvelles sessions.",
            { Unchanged: true } => "Aucun changement : cette version est déjà en service.",
            _ => $"Publication refusée : {result.Report.ErrorCount} erreur(s). Le fichier n'a pas été modifié.",
        };
        Text = result.Published || result.Unchanged ? publisher.Read(FileName) ?? edited : edited;
        if (Failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadHistoryAsync(cancellationToken);
        return Page();
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken)
    {
        CurrentHash = publisher.ListFiles().FirstOrDefault(f => f.FileName == FileName)?.ContentHash;
        History = await history.ListAsync(FileName, cancellationToken);
    }
}
