using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Admin.Users;

/// <summary>
/// <c>/admin/users</c>, for admins only (others get 403, reading and posting alike): the accounts, and forms
/// (anti-forgery checked) to create one, reset a password, change a role, disable or enable. The last enabled admin
/// cannot be demoted or disabled. Every change is in the audit trail under the admin's name.
/// </summary>
[Authorize(Policy = ConsolePolicies.Admin)]
public sealed class UsersModel : PageModel
{
    private readonly IStaffAccounts _accounts;

    public UsersModel(IStaffAccounts accounts) => _accounts = accounts;

    public IReadOnlyList<StaffUser> Accounts { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await _accounts.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync(string username, string password, string role, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.TryParse(role, out var parsed)
            ? _accounts.AddAsync(username, password, parsed, Actor, cancellationToken)
            : Task.FromResult(StaffAccountOutcome.NotFound), $"Compte {username} créé.", cancellationToken);

    public Task<IActionResult> OnPostPasswordAsync(string username, string password, CancellationToken cancellationToken) =>
        ActAsync(_accounts.SetPasswordAsync(username, password, Actor, cancellationToken), $"Mot de passe de {username} réinitialisé ; ses sessions sont fermées.", cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(string username, string role, CancellationToken cancellationToken) =>
        ActAsync(StaffRoles.TryParse(role, out var parsed)
            ? _accounts.SetRoleAsync(username, parsed, Actor, cancellationToken)
            : Task.FromResult(StaffAccountOutcome.NotFound), $"Rôle de {username} : {role}.", cancellationToken);

    public Task<IActionResult> OnPostDisabledAsync(string username, bool disabled, CancellationToken cancellationToken) =>
        ActAsync(_accounts.SetDisabledAsync(username, disabled, Actor, cancellationToken),
            disabled ? $"Compte {username} désactivé." : $"Compte {username} réactivé.", cancellationToken);

    private string Actor => User.Identity?.Name ?? "admin";

    private async Task<IActionResult> ActAsync(Task<StaffAccountOutcome> change, string done, CancellationToken cancellationToken)
    {
        var outcome = await change;
        Failed = outcome != StaffAccountOutcome.Done;
        Message = outcome switch
        {
            StaffAccountOutcome.Done => done,
            StaffAccountOutcome.NotFound => "Compte ou rôle inconnu.",
            StaffAccountOutcome.AlreadyExists => "Ce nom d'utilisateur existe déjà.",
            StaffAccountOutcome.InvalidUsername => $"Nom d'utilisateur invalide : {StaffUsernames.Rule}.",
            StaffAccountOutcome.InvalidPassword => $"Mot de passe refusé : {StaffPasswords.Rule}.",
            StaffAccountOutcome.LastAdmin => "Refusé : il doit rester au moins un administrateur actif.",
            _ => outcome.ToString(),
        };
        if (Failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = await _accounts.ListAsync(cancellationToken);
        return Page();
    }
}
