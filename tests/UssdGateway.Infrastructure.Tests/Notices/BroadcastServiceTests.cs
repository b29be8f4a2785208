using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Broadcasts;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Broadcasts;

namespace UssdGateway.Infrastructure.Tests.Notices;

public sealed class BroadcastServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Preview_CountsNumbersLanguagesPartsAndCost_AndWritesNothing()
    {
        await using var rig = await NoticeRig.StartAsync(Now, new Dictionary<string, string?> { ["Sms:Prices:log"] = "25", ["Sms:Routing:default:0"] = "log" });
        var (cohort, fr, bm, optedOut) = await CohortWithThreeAsync(rig);

        var preview = await rig.Get<BroadcastService>().PreviewAsync(Request(cohort));

        preview.Recipients.Should().Be(3);
        preview.OptedOut.Should().Be(1);
        preview.Languages.Single(l => l.Language == "fr").Should().BeEquivalentTo(new { Recipients = 2, Encoding = "gsm7", Segments = 1 });
        var bambara = preview.Languages.Single(l => l.Language == "bm");
        bambara.Recipients.Should().Be(1);
        bambara.Text.Should().Be("Kalan sini tè kè: sanji don", "sent in its GSM-7 spelling");
        bambara.Encoding.Should().Be("gsm7");
        preview.TotalSegments.Should().Be(3);
        preview.EstimatedCostXof.Should().Be(75);
        (await rig.OutboxAsync()).Should().BeEmpty("a preview sends nothing");
        _ = (fr, bm, optedOut);
    }

    [Fact]
    public async Task Send_QueuesOneNonEssentialSmsPerNumberInItsLanguage_AndReportsTheirStatus()
    {
        await using var rig = await NoticeRig.StartAsync(Now);
        var (cohort, fr, bm, optedOut) = await CohortWithThreeAsync(rig);
        var broadcasts = rig.Get<BroadcastService>();

        var id = await broadcasts.SendAsync(Request(cohort), "staff:awa");

        var rows = await rig.OutboxAsync();
        rows.Select(r => r.IdempotencyKey).Should().BeEquivalentTo([$"broadcast:{id}:{fr}", $"broadcast:{id}:{bm}", $"broadcast:{id}:{optedOut}"]);
        rows.Single(r => r.Recipient == bm).Text.Should().Be("Kalan sini tè kè: sanji don");
        rows.Single(r => r.Recipient == fr).Text.Should().Be("Pas de formation demain: jour de pluie");
        rows.Should().OnlyContain(r => r.Kind == "non_essential");
        var status = await broadcasts.GetAsync(id);
        status!.Recipients.Should().Be(3);
        status.Messages.Should().BeEquivalentTo(new Dictionary<string, int> { ["queued"] = 2, ["failed"] = 1 }, "the opted-out number gets nothing");
        (await broadcasts.GetAsync(id + 1)).Should().BeNull();
    }

    private static BroadcastRequest Request(long cohort) => new(
        new BroadcastAudience(BroadcastAudienceKind.Cohort, cohort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        "Pas de formation demain: jour de pluie", "Kalan sini tɛ kɛ: sanji don");

    private static async Task<(long Cohort, string Fr, string Bm, string OptedOut)> CohortWithThreeAsync(NoticeRig rig)
    {
        var staff = ProgrammeActor.Staff("staff");
        var cohort = await rig.Make.CohortAsync(isTest: false);
        var session = await rig.Make.SessionAsync(cohort, Now.AddDays(2), isTest: false);
        var fr = await rig.PersonAsync("Awa Traoré", "fr");
        var bm = await rig.PersonAsync("Bakary Keita", "bm");
        var optedOut = await rig.PersonAsync("Issa Coulibaly", "fr");
        foreach (var who in new[] { fr, bm, optedOut }) await rig.Make.Training.BookAsync(session, who.Id, staff);
        await rig.Services.GetRequiredService<ISmsOptOuts>().OptOutAsync(optedOut.Phone, "keyword");
        var outsider = await rig.PersonAsync("Moussa Diarra", "fr"); // registered, not in the cohort
        _ = outsider;
        return (cohort, fr.Phone, bm.Phone, optedOut.Phone);
    }
}
