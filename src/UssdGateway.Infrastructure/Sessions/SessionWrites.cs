using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>Argument checks shared by the session stores, so both refuse the same mistakes.</summary>
internal static class SessionWrites
{
    public static void Validate(UssdSession session, SessionWrite write)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfNegative(write.ExpectedVersion, nameof(write));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(write.Ttl, TimeSpan.Zero, nameof(write));
        if (session.Version <= write.ExpectedVersion)
        {
            throw new ArgumentException(
                $"The session's version ({session.Version}) must be set above the expected version ({write.ExpectedVersion}) before saving.",
                nameof(session));
        }
        if (write.Resume is ResumeAction.Save or ResumeAction.Delete && string.IsNullOrEmpty(write.ResumeKey))
            throw new ArgumentException($"A resume key is needed to {write.Resume.ToString().ToLowerInvariant()} the resume snapshot.", nameof(write));
        if (write.Resume == ResumeAction.Save)
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(write.ResumeTtl, TimeSpan.Zero, nameof(write));
        if (!Enum.IsDefined(write.Resume))
            throw new ArgumentOutOfRangeException(nameof(write), write.Resume, "Unknown resume action.");
    }
}
