using System.Reflection;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// Guards every SQL Server run of a contract (a class named <c>SqlServer…</c> deriving from an abstract test class):
/// a contract test added without its SQL Server override would run unskipped, without a server.
/// </summary>
public sealed class SqlServerContractGuardTests
{
    public static TheoryData<string> SqlServerSuites()
    {
        var data = new TheoryData<string>();
        foreach (var type in SuiteTypes()) data.Add(type.Name);
        return data;
    }

    [Fact]
    public void SqlServerSuites_CoverEveryProgrammeContract_WhenListed()
    {
        SuiteTypes().Select(t => t.BaseType!.Name).Should().Contain(
        [
            "ProgrammeRepositoryContract", "TrainingRepositoryContract", "CooperativeRepositoryContract", "LoanRepositoryContract",
            "PinRepositoryContract", "PrivacyRequestContract", "AuditTrailContract",
        ]);
    }

    [Theory]
    [MemberData(nameof(SqlServerSuites))]
    public void SqlServerSuite_OverridesEveryContractTest_WhenTheContractGrows(string suite)
    {
        var type = SuiteTypes().Single(t => t.Name == suite);
        var contract = type.BaseType!;
        var contractTests = contract.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == contract && m.GetCustomAttribute<FactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);
        var overridden = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<SqlServerFactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);

        contractTests.Should().NotBeEmpty().And.BeSubsetOf(overridden);
    }

    private static IEnumerable<Type> SuiteTypes() =>
        typeof(SqlServerContractGuardTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith("SqlServer", StringComparison.Ordinal) && t.BaseType is { IsAbstract: true } b && b != typeof(object))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
}
