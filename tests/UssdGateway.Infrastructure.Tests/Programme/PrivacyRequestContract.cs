using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the deletion / consent-withdrawal requests must do in every dialect.</summary>
public abstract class PrivacyRequestContract : ProgrammeContractBase
{
    protected IDeletionRequests Requests => new PrivacyRequestRepository(Connections, Time);

    [Fact]
    public virtual async Task RequestAsync_RecordsAPendingRequest_WhenNoneIsPending()
    {
        var (beneficiary, phone) = await Make.BeneficiaryAsync();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);

        var result = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller);

        result.Created.Should().BeTrue();
        result.Request.Should().Be(new PrivacyRequest(result.Request.Id, PrivacyRequestKind.Deletion, phone, beneficiary, ActorChannel.Ussd,
            PrivacyRequestStatus.Pending, Now, null, null, true));
        (await Requests.GetByPhoneAsync(phone)).Should().Equal(result.Request);
    }

    [Fact]
    public virtual async Task RequestAsync_ReturnsThePendingRequest_WhenTheSamePersonAsksAgain()
    {
        var (beneficiary, phone) = await Make.BeneficiaryAsync();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);
        var first = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller);
        var wholeNumber = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller);

        (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller)).Should().Be(new PrivacyRequestResult(false, first.Request));
        (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller)).Should().Be(new PrivacyRequestResult(false, wholeNumber.Request));
        (await Requests.RequestAsync(PrivacyRequestKind.ConsentWithdrawal, phone, beneficiary, caller)).Created.Should().BeTrue();
        (await Requests.GetByPhoneAsync(phone)).Should().HaveCount(3);
    }

    [Fact]
    public virtual async Task RequestAsync_WritesOneRow_WhenTenIdenticalRequestsArriveAtOnce()
    {
        var phone = Registrations.NewPhone();
        var requests = Requests;
        var caller = ProgrammeActor.Sms(phone, isTest: true);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller))));

        results.Count(r => r.Created).Should().Be(1);
        results.Select(r => r.Request.Id).Distinct().Should().ContainSingle();
    }

    [Fact]
    public virtual async Task CloseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt()
    {
        var phone = Registrations.NewPhone();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller)).Request;
        Time.Advance(TimeSpan.FromDays(2));

        (await Requests.CloseAsync(request.Id, PrivacyRequestStatus.Done, Staff)).Should().BeTrue();
        (await Requests.CloseAsync(request.Id, PrivacyRequestStatus.Refused, Staff)).Should().BeFalse();
        var closeAsPending = () => Requests.CloseAsync(request.Id, PrivacyRequestStatus.Pending, Staff);
        await closeAsPending.Should().ThrowAsync<ArgumentException>();

        (await Requests.GetPendingAsync(1000)).Should().NotContain(r => r.Id == request.Id);
        var again = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller);
        again.Created.Should().BeTrue();
        var mine = await Requests.GetByPhoneAsync(phone);
        mine.Select(r => r.Id).Should().Equal(again.Request.Id, request.Id);
        mine[1].Should().BeEquivalentTo(new { Status = PrivacyRequestStatus.Done, HandledAt = (DateTimeOffset?)Now.AddDays(2), HandledBy = Staff.Id });
        (await Requests.GetPendingAsync(1000)).Should().Contain(r => r.Id == again.Request.Id);
    }
}
