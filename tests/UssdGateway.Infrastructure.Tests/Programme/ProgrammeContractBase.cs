using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// What the programme repository contracts share: a migrated database given by the dialect's subclass, a fake clock
/// on Monday 7 December 2026, 09:00 in Bamako (UTC), and <see cref="ProgrammeFixtures"/> to make rows. Tests keep to rows
/// they made (random phones, unique names), so a shared SQL Server database is fine.
/// </summary>
public abstract class ProgrammeContractBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    protected static readonly ProgrammeActor Staff = ProgrammeActor.Staff("staff-test", isTest: true);

    private ProgrammeFixtures? _fixtures;

    protected FakeTimeProvider Time { get; } = new(Now);

    protected abstract IDbConnectionFactory Connections { get; }

    protected ProgrammeFixtures Make => _fixtures ??= new ProgrammeFixtures(Connections, Time);

    protected IAuditTrail Audit => new AuditTrail(Connections, Time);

    public virtual async Task InitializeAsync() => await new DatabaseMigrator(Connections).MigrateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
