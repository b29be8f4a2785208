namespace UssdGateway.Core.Menus.Validation;

/// <summary>What rules may need to know of the moment: the current year in Bamako (UTC+0).</summary>
public readonly record struct InputRuleContext(int CurrentYear);
