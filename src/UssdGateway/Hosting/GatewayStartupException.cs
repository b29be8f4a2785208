namespace UssdGateway.Hosting;

/// <summary>The service must not start; the message says why in words staff can act on.</summary>
public sealed class GatewayStartupException(string message, Exception inner) : Exception(message, inner);
