using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary><c>/admin/loans</c>: the schedule and balance of each loan; staff record a repayment once per reference.</summary>
public sealed class LoansPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Repayment_LowersTheBalance_AndTheSameReferenceIsRecordedOnce()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        var services = _rig.Factory.Services;
        var awa = (await services.GetRequiredService<IBeneficiaryRepository>().FindByPhoneAsync(fr))[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var loan = await services.GetRequiredService<ILoanRepository>().CreateLoanAsync(new NewLoan(
            "PRET-7", awa.Id, null, 60_000, today.AddDays(-5), [new LoanInstalment(1, today.AddDays(25), 60_000)]), ProgrammeActor.Staff("test"));
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var fields = new Dictionary<string, string>
        {
            ["loanId"] = loan.ToString(System.Globalization.CultureInfo.InvariantCulture), ["amountXof"] = "20000", ["channel"] = "cash", ["reference"] = "RECU-41",
        };

        using var first = await staff.PostFormAsync("/admin/loans", "Repayment", new(fields));
        using var second = await staff.PostFormAsync("/admin/loans", "Repayment", new(fields));

        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("Remboursement RECU-41 déjà enregistré").And.Contain("40\u202f000 F CFA");
        (await services.GetRequiredService<ILoanRepository>().GetLoanAsync(loan))!.Position.BalanceXof.Should().Be(40_000);
    }
}
