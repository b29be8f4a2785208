using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>The words the programme tables store for each enum (snake_case), both ways.</summary>
internal static class ProgrammeCodes
{
    public static string Of(TrainingSessionStatus status) => status switch
    {
        TrainingSessionStatus.Scheduled => "scheduled",
        TrainingSessionStatus.Moved => "moved",
        TrainingSessionStatus.Cancelled => "cancelled",
        _ => throw Unknown(status),
    };

    public static TrainingSessionStatus ParseSessionStatus(string code) => code switch
    {
        "scheduled" => TrainingSessionStatus.Scheduled,
        "moved" => TrainingSessionStatus.Moved,
        "cancelled" => TrainingSessionStatus.Cancelled,
        _ => throw Unknown(code),
    };

    public static BookingStatus ParseBookingStatus(string code) => code switch
    {
        "booked" => BookingStatus.Booked,
        "cancelled" => BookingStatus.Cancelled,
        _ => throw Unknown(code),
    };

    public static string Of(CooperativeForm form) => CooperativeForms.Code(form);

    public static CooperativeForm ParseCooperativeForm(string code) =>
        CooperativeForms.TryParse(code, out var form) ? form : throw Unknown(code);

    public static string Of(SalesChannel channel) => channel switch
    {
        SalesChannel.Ussd => "ussd",
        SalesChannel.Sms => "sms",
        SalesChannel.Staff => "staff",
        _ => throw Unknown(channel),
    };

    public static SalesChannel ParseSalesChannel(string code) => code switch
    {
        "ussd" => SalesChannel.Ussd,
        "sms" => SalesChannel.Sms,
        "staff" => SalesChannel.Staff,
        _ => throw Unknown(code),
    };

    public static string Of(ActorChannel channel) => channel switch
    {
        ActorChannel.Ussd => "ussd",
        ActorChannel.Sms => "sms",
        ActorChannel.Staff => "staff",
        ActorChannel.System => "system",
        _ => throw Unknown(channel),
    };

    public static ActorChannel ParseActorChannel(string code) => code switch
    {
        "ussd" => ActorChannel.Ussd,
        "sms" => ActorChannel.Sms,
        "staff" => ActorChannel.Staff,
        "system" => ActorChannel.System,
        _ => throw Unknown(code),
    };

    public static string Of(RepaymentChannel channel) => channel switch
    {
        RepaymentChannel.MobileMoney => "mobile_money",
        RepaymentChannel.Cash => "cash",
        RepaymentChannel.Bank => "bank",
        RepaymentChannel.Ussd => "ussd",
        RepaymentChannel.Sms => "sms",
        RepaymentChannel.Staff => "staff",
        _ => throw Unknown(channel),
    };

    public static string Of(PrivacyRequestKind kind) => kind switch
    {
        PrivacyRequestKind.Deletion => "deletion",
        PrivacyRequestKind.ConsentWithdrawal => "consent_withdrawal",
        _ => throw Unknown(kind),
    };

    public static PrivacyRequestKind ParsePrivacyRequestKind(string code) => code switch
    {
        "deletion" => PrivacyRequestKind.Deletion,
        "consent_withdrawal" => PrivacyRequestKind.ConsentWithdrawal,
        _ => throw Unknown(code),
    };

    public static string Of(PrivacyRequestStatus status) => status switch
    {
        PrivacyRequestStatus.Pending => "pending",
        PrivacyRequestStatus.Done => "done",
        PrivacyRequestStatus.Refused => "refused",
        _ => throw Unknown(status),
    };

    public static PrivacyRequestStatus ParsePrivacyRequestStatus(string code) => code switch
    {
        "pending" => PrivacyRequestStatus.Pending,
        "done" => PrivacyRequestStatus.Done,
        "refused" => PrivacyRequestStatus.Refused,
        _ => throw Unknown(code),
    };

    private static InvalidOperationException Unknown(object value) => new($"Unknown programme code '{value}'.");
}
