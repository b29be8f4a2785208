using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>The staff account statements, written once per dialect.</summary>
internal sealed class StaffAccountSql
{
    private const string Columns = """
        id AS Id, username AS Username, password_hash AS PasswordHash, role AS Role, disabled AS Disabled,
        security_stamp AS SecurityStamp, created_at AS CreatedAt, last_login_at AS LastLoginAt
        """;

    public static readonly StaffAccountSql Sqlite = new()
    {
        Count = "SELECT COUNT(*) FROM staff_users;",
        List = $"SELECT {Columns} FROM staff_users ORDER BY username;",
        FindByName = $"SELECT {Columns} FROM staff_users WHERE username = @Username;",
        FindById = $"SELECT {Columns} FROM staff_users WHERE id = @Id;",
        Insert = """
            INSERT INTO staff_users (username, password_hash, role, disabled, security_stamp, created_at, updated_at, last_login_at)
            VALUES (@Username, @PasswordHash, @Role, 0, @SecurityStamp, @Now, @Now, NULL)
            ON CONFLICT (username) DO NOTHING
            RETURNING id;
            """,
        SetPassword = """
            UPDATE staff_users SET password_hash = @PasswordHash, security_stamp = @SecurityStamp, updated_at = @Now
            WHERE username = @Username;
            """,
        SetRole = "UPDATE staff_users SET role = @Role, security_stamp = @SecurityStamp, updated_at = @Now WHERE username = @Username;",
        SetDisabled = "UPDATE staff_users SET disabled = @Disabled, security_stamp = @SecurityStamp, updated_at = @Now WHERE username = @Username;",
        RecordLogin = "UPDATE staff_users SET last_login_at = @Now WHERE id = @Id;",
        CountOtherEnabledAdmins = "SELECT COUNT(*) FROM staff_users WHERE role = 'admin' AND disabled = 0 AND username <> @Username;",
    };

    /// <summary>The last-admin check reads with UPDLOCK + HOLDLOCK: two admins demoting each other cannot both pass it.</summary>
    public static readonly StaffAccountSql SqlServer = new()
    {
        Count = "SELECT COUNT(*) FROM dbo.staff_users;",
        List = $"SELECT {Columns} FROM dbo.staff_users ORDER BY username;",
        FindByName = $"SELECT {Columns} FROM dbo.staff_users WHERE username = @Username;",
        FindById = $"SELECT {Columns} FROM dbo.staff_users WHERE id = @Id;",
        Insert = """
            INSERT INTO dbo.staff_users (username, password_hash, role, disabled, security_stamp, created_at, updated_at, last_login_at)
            OUTPUT INSERTED.id
            SELECT @Username, @PasswordHash, @Role, 0, @SecurityStamp, @Now, @Now, NULL
            WHERE NOT EXISTS (SELECT 1 FROM dbo.staff_users WITH (UPDLOCK, HOLDLOCK) WHERE username = @Username);
            """,
        SetPassword = """
            UPDATE dbo.staff_users SET password_hash = @PasswordHash, security_stamp = @SecurityStamp, updated_at = @Now
            WHERE username = @Username;
            """,
        SetRole = "UPDATE dbo.staff_users SET role = @Role, security_stamp = @SecurityStamp, updated_at = @Now WHERE username = @Username;",
        SetDisabled = "UPDATE dbo.staff_users SET disabled = @Disabled, security_stamp = @SecurityStamp, updated_at = @Now WHERE username = @Username;",
        RecordLogin = "UPDATE dbo.staff_users SET last_login_at = @Now WHERE id = @Id;",
        CountOtherEnabledAdmins = "SELECT COUNT(*) FROM dbo.staff_users WITH (UPDLOCK, HOLDLOCK) WHERE role = 'admin' AND disabled = 0 AND username <> @Username;",
    };

    public required string Count { get; init; }
    public required string List { get; init; }
    public required string FindByName { get; init; }
    public required string FindById { get; init; }
    public required string Insert { get; init; }
    public required string SetPassword { get; init; }
    public required string SetRole { get; init; }
    public required string SetDisabled { get; init; }
    public required string RecordLogin { get; init; }
    public required string CountOtherEnabledAdmins { get; init; }

    public static StaffAccountSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
