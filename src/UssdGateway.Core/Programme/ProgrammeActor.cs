namespace UssdGateway.Core.Programme;

/// <summary>
/// Who makes a change, as the audit trail records it: a phone number (USSD, SMS), a staff user name, or a job.
/// <see cref="IsTest"/> marks everything the change writes as test data (simulator, tests), kept out of figures.
/// </summary>
public sealed record ProgrammeActor
{
    /// <summary>Most characters kept of <see cref="Id"/>.</summary>
    public const int MaxIdLength = 64;

    public ProgrammeActor(string id, ActorChannel channel, bool isTest = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var trimmed = id.Trim();
        Id = trimmed.Length <= MaxIdLength ? trimmed : trimmed[..MaxIdLength];
        Channel = channel;
        IsTest = isTest;
    }

    /// <summary>E.164 number, staff user name or job name.</summary>
    public string Id { get; }

    public ActorChannel Channel { get; }

    public bool IsTest { get; }

    /// <summary>A caller on the USSD menu (<c>ProgrammeActor.Ussd(context.Phone, context.IsTest)</c>).</summary>
    public static ProgrammeActor Ussd(string phone, bool isTest) => new(phone, ActorChannel.Ussd, isTest);

    /// <summary>A sender of text messages.</summary>
    public static ProgrammeActor Sms(string phone, bool isTest) => new(phone, ActorChannel.Sms, isTest);

    /// <summary>A member of staff.</summary>
    public static ProgrammeActor Staff(string userName, bool isTest = false) => new(userName, ActorChannel.Staff, isTest);

    /// <summary>A job or command.</summary>
    public static ProgrammeActor System(string name, bool isTest = false) => new(name, ActorChannel.System, isTest);
}
