using System.Reflection;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Hops;

/// <summary>Guards <see cref="SqlServerHopStorageTests"/>: a contract test added without its SQL Server override would run unskipped.</summary>
public sealed class SqlServerHopStorageTestsGuard
{
    [Fact]
    public void SqlServerTests_OverrideEveryContractTest_WhenContractGrows()
    {
        var contractTests = typeof(HopStorageContract).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == typeof(HopStorageContract) && m.GetCustomAttribute<FactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);
        var overridden = typeof(SqlServerHopStorageTests).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<SqlServerFactAttribute>(inherit: false) is not null)
            .Select(m => m.Name);

        contractTests.Should().NotBeEmpty().And.BeSubsetOf(overridden);
    }
}
