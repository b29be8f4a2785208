using System.Reflection;

namespace UssdGateway.Infrastructure.Data;

/// <summary>The migration scripts embedded in this assembly (<c>Data/Migrations/{Dialect}/*.sql</c>).</summary>
internal static class MigrationScripts
{
    internal static readonly Assembly Assembly = typeof(MigrationScripts).Assembly;

    /// <summary>Resource name prefix of a dialect's scripts, e.g. <c>UssdGateway.Infrastructure.Data.Migrations.Sqlite.</c>.</summary>
    internal static string ResourcePrefix(SqlDialect dialect) =>
        $"{typeof(MigrationScripts).Namespace}.Migrations.{dialect}.";

    internal static bool IsScriptOf(SqlDialect dialect, string resourceName) =>
        resourceName.StartsWith(ResourcePrefix(dialect), StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of a script from its resource name (<c>0001_beneficiaries.sql</c>).</summary>
    internal static string ShortName(SqlDialect dialect, string resourceName) =>
        resourceName.StartsWith(ResourcePrefix(dialect), StringComparison.Ordinal)
            ? resourceName[ResourcePrefix(dialect).Length..]
            : resourceName;

    /// <summary>A dialect's scripts in the order they apply: (file name, text).</summary>
    internal static IReadOnlyList<(string Name, string Sql)> Load(SqlDialect dialect) =>
        Assembly.GetManifestResourceNames()
            .Where(name => IsScriptOf(dialect, name))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = Assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return (ShortName(dialect, name), reader.ReadToEnd());
            })
            .ToList();
}
