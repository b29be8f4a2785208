using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace UssdGateway.Infrastructure.Data;

/// <summary>What a database error means, whichever dialect raised it.</summary>
internal static class DbErrors
{
    /// <summary>A unique key or primary key refused the row (SQLite 2067/1555, SQL Server 2601/2627).</summary>
    public static bool IsDuplicateKey(DbException e) => e switch
    {
        SqliteException sqlite => sqlite is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 },
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>A foreign key refused the row: it names a parent that does not exist (SQLite 787, SQL Server 547).</summary>
    public static bool IsForeignKeyViolation(DbException e) => e switch
    {
        SqliteException sqlite => sqlite is { SqliteErrorCode: 19, SqliteExtendedErrorCode: 787 },
        SqlException sql => sql.Number == 547,
        _ => false,
    };

    /// <summary>Worth running the whole transaction again: SQLite busy or locked past its timeout, SQL Server deadlock victim.</summary>
    public static bool IsTransient(DbException e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        SqlException sql => sql.Number == 1205,
        _ => false,
    };
}
