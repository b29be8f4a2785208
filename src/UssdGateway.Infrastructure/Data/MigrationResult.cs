namespace UssdGateway.Infrastructure.Data;

/// <summary>What <see cref="DatabaseMigrator.MigrateAsync"/> did.</summary>
/// <param name="Database">Where the database lives (<see cref="IDbConnectionFactory.Description"/>).</param>
/// <param name="AppliedScripts">Scripts applied by this call, in order (e.g. <c>0001_beneficiaries.sql</c>); empty when up to date.</param>
public sealed record MigrationResult(string Database, IReadOnlyList<string> AppliedScripts)
{
    public bool WasUpToDate => AppliedScripts.Count == 0;
}
