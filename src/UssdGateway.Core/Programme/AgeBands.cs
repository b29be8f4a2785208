namespace UssdGateway.Core.Programme;

/// <summary>The programme's age bands, from the birth year and the year of today in Bamako (birthdays are not asked).</summary>
public static class AgeBands
{
    public const string Under15 = "<15";

    /// <summary>The band of a registration whose birth year is not given yet (<see cref="BeneficiaryRegistration.BirthYearNotGiven"/>).</summary>
    public const string NotGiven = "?";

    /// <summary>The bands in display order (<see cref="Under15"/> and <see cref="NotGiven"/> appear only when such a registration exists).</summary>
    public static readonly IReadOnlyList<string> All = [Under15, "15-19", "20-24", "25-29", "30-35", "36+", NotGiven];

    /// <summary>The band of someone born in <paramref name="birthYear"/>, as of <paramref name="today"/>.</summary>
    public static string Of(int birthYear, DateOnly today) => birthYear == BeneficiaryRegistration.BirthYearNotGiven ? NotGiven : (today.Year - birthYear) switch
    {
        < 15 => Under15,
        <= 19 => "15-19",
        <= 24 => "20-24",
        <= 29 => "25-29",
        <= 35 => "30-35",
        _ => "36+",
    };
}
