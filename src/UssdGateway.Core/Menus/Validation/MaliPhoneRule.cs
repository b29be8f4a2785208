using UssdGateway.Core.Phones;

namespace UssdGateway.Core.Menus.Validation;

/// <summary><c>phone: mali</c>: a Malian number (8 digits, with or without +223), stored in E.164.</summary>
public sealed class MaliPhoneRule : IInputRule
{
    public string Name => "phone";

    public bool TryAccept(string value, InputRuleContext context, out string normalised) =>
        PhoneNumberNormalizer.TryNormalizeMali(value, out normalised);
}
