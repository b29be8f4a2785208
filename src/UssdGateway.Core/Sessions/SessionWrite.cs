namespace UssdGateway.Core.Sessions;

/// <summary>How to save a session: the version it must replace, its TTL, and what to do with the resume snapshot.</summary>
/// <param name="ExpectedVersion">Version of the stored session this save replaces; 0 when the session is new.</param>
/// <param name="Resume">Save the session as the phone's resume snapshot (with <paramref name="ResumeTtl"/>), delete the snapshot, or leave it.</param>
public readonly record struct SessionWrite(
    long ExpectedVersion, TimeSpan Ttl, string ResumeKey, ResumeAction Resume, TimeSpan ResumeTtl);
