namespace UssdGateway.Core.Programme;

/// <summary>The request (new, or the one already pending for the same person and kind) and whether this call created it.</summary>
public sealed record PrivacyRequestResult(bool Created, PrivacyRequest Request);
