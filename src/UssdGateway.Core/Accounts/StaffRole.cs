namespace UssdGateway.Core.Accounts;

/// <summary>
/// What a staff account (or an API key) may do in the console: <see cref="Viewer"/> reads, <see cref="Staff"/> also works
/// on records and broadcasts, <see cref="Admin"/> also manages menus, users and settings. Each role includes the ones before it.
/// </summary>
public enum StaffRole
{
    Viewer = 0,
    Staff = 1,
    Admin = 2,
}
