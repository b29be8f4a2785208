namespace UssdGateway.Core.Accounts;

/// <summary>Staff accounts of the console: passwords are stored hashed, never read back.</summary>
public interface IStaffAccounts
{
    /// <summary>How many accounts exist (0: the console waits for its first admin).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Every account, by user name.</summary>
    Task<IReadOnlyList<StaffUser>> ListAsync(CancellationToken cancellationToken = default);

    Task<StaffUser?> FindAsync(string username, CancellationToken cancellationToken = default);

    Task<StaffUser?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<StaffAccountOutcome> AddAsync(string username, string password, StaffRole role, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// The account when <paramref name="password"/> is its password and it is not disabled (its last login is then
    /// recorded); null otherwise, taking about as long whether or not the account exists.
    /// </summary>
    Task<StaffUser?> SignInAsync(string username, string password, CancellationToken cancellationToken = default);

    Task<StaffAccountOutcome> SetPasswordAsync(string username, string password, string actor, CancellationToken cancellationToken = default);

    Task<StaffAccountOutcome> SetRoleAsync(string username, StaffRole role, string actor, CancellationToken cancellationToken = default);

    Task<StaffAccountOutcome> SetDisabledAsync(string username, bool disabled, string actor, CancellationToken cancellationToken = default);
}
