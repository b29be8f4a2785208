using System.Reflection;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>Guards <see cref="SqlServerProgrammeRepositoryTests"/>: a contract test added without its SQL Server override would run unskipped.</summary>
public sealed class SqlServerProgrammeRepositoryTestsGuard
{
    [Fact]
    public void SqlServerTests_OverrideEveryContractTest_WhenContractGrows()
    {
        var contractTests = typeof(ProgrammeRepositoryContract).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == typeof(ProgrammeRepositoryContract) && m.GetCustomAttribute<FactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);
        var overridden = typeof(SqlServerProgrammeRepositoryTests).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<SqlServerFactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);

        contractTests.Should().NotBeEmpty().And.BeSubsetOf(overridden);
    }
}
