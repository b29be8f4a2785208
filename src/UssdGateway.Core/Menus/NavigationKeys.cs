namespace UssdGateway.Core.Menus;

/// <summary>Keys that move around rather than answer, set once per menu. They act on menu and list screens,
/// and on input screens only when the answer does not validate.</summary>
public sealed record NavigationKeys(string Back = "0", string Home = "00", string More = "98")
{
    public static readonly NavigationKeys Default = new();

    public bool IsNavigation(string input) => input == Back || input == Home || input == More;
}
