using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Records;

/// <summary>
/// The records pages' common ground: every role reads (the folder's viewer policy); only staff and admins see the
/// forms, and a post from anyone else is 403 (<see cref="StaffOnly"/>). Changes are made under the account's name.
/// </summary>
public abstract class RecordsPageModel : PageModel
{
    public bool IsStaff => User.IsInRole(StaffRoles.AdminCode) || User.IsInRole(StaffRoles.StaffCode);

    public string? Message { get; protected set; }

    public bool Failed { get; protected set; }

    protected ProgrammeActor Actor => ProgrammeActor.Staff(User.Identity?.Name ?? "unknown");

    /// <summary>403 for a viewer posting a form (null for staff: go on).</summary>
    protected IActionResult? StaffOnly() => IsStaff ? null : Forbid();

    protected void Done(string message) => Message = message;

    protected void Refused(string message)
    {
        Message = message;
        Failed = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
