namespace UssdGateway.Core.Sms.Keywords;

/// <summary>Something wrong in the <c>keywords:</c> section of <c>sms.yaml</c>: its line, the command and field concerned, what.</summary>
public sealed record SmsKeywordProblem(int Line, string? Command, string Field, string Message);
