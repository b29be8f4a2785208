namespace UssdGateway.Infrastructure.Demo;

/// <summary>The numbers <c>ussdgw seed demo</c> prints for trying the menus by hand.</summary>
public static class DemoPhones
{
    /// <summary>A registered youth with a loan (one instalment overdue), a booked session and the PIN <see cref="YouthPin"/>.</summary>
    public const string Youth = "+22370000001";

    public const string YouthName = "Awa Traoré";

    public const string YouthPin = "1234";

    /// <summary>A registered youth who leads two cooperatives (the menu asks which one).</summary>
    public const string Leader = "+22370000002";

    public const string LeaderName = "Moussa Coulibaly";

    /// <summary>A number the seed never registers: the caller goes through registration.</summary>
    public const string Unregistered = "+22370000009";
}
