using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the audit trail must do in every dialect.</summary>
public abstract class AuditTrailContract : ProgrammeContractBase
{
    [Fact]
    public virtual async Task RecordAsync_KeepsEveryField_WhenReadBackNewestFirst()
    {
        var entityId = Guid.NewGuid().ToString("N");
        var actor = ProgrammeActor.Staff("aminata.diallo", isTest: true);
        var first = await Audit.RecordAsync(actor, "beneficiary.corrected", "beneficiary", entityId, """{"field":"commune"}""");
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await Audit.RecordAsync(actor, "beneficiary.deleted", "beneficiary", entityId);

        var lines = await Audit.GetForAsync("beneficiary", entityId);

        lines.Should().Equal(
            new AuditEntry(second, Now.AddMinutes(5), "aminata.diallo", ActorChannel.Staff, "beneficiary.deleted", "beneficiary", entityId, null, true),
            new AuditEntry(first, Now, "aminata.diallo", ActorChannel.Staff, "beneficiary.corrected", "beneficiary", entityId, """{"field":"commune"}""", true));
        (await Audit.GetForAsync("beneficiary", entityId, take: 1)).Select(l => l.Id).Should().Equal(second);
        (await Audit.GetRecentAsync(take: 1)).Should().ContainSingle();
    }
}
