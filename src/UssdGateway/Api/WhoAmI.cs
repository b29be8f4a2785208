namespace UssdGateway.Api;

/// <summary>The caller of <c>/api/whoami</c>: its name (<c>apikey:NAME</c> for a key), role and how it authenticated.</summary>
public sealed record WhoAmI(string Name, string Role, string Scheme);
