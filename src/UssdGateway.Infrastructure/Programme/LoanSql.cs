using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The loan, schedule and repayment statements, written once per dialect. They differ in identity return and in the
/// lock SQL Server takes on the loan row while a repayment is checked against the balance and written.
/// </summary>
internal sealed class LoanSql
{
    public static readonly LoanSql Sqlite = Build(prefix: "", lockHint: "", returnIdAfterValues: "RETURNING id", outputId: "");

    /// <summary>UPDLOCK + HOLDLOCK on the loan row: repayments of one loan are checked and written one after the other.</summary>
    public static readonly LoanSql SqlServer = Build(prefix: "dbo.", lockHint: " WITH (UPDLOCK, HOLDLOCK)", returnIdAfterValues: "", outputId: "OUTPUT INSERTED.id");

    public required string InsertLoan { get; init; }
    public required string InsertInstalment { get; init; }
    public required string GetLoan { get; init; }
    public required string LockLoan { get; init; }
    public required string LoansOfBeneficiary { get; init; }
    public required string LoansOfCooperative { get; init; }
    public required string InstalmentsOfLoan { get; init; }
    public required string InstalmentsOfBeneficiary { get; init; }
    public required string InstalmentsOfCooperative { get; init; }
    public required string FindRepayment { get; init; }
    public required string InsertRepayment { get; init; }

    public static LoanSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static LoanSql Build(string prefix, string lockHint, string returnIdAfterValues, string outputId)
    {
        var p = prefix;
        var loanColumns = $"""
            l.id AS Id, l.reference AS Reference, l.beneficiary_id AS BeneficiaryId, l.cooperative_id AS CooperativeId,
            l.principal_xof AS PrincipalXof, l.disbursed_on AS DisbursedOn, l.is_test AS IsTest,
            (SELECT COALESCE(SUM(r.amount_xof), 0) FROM {p}loan_repayments AS r WHERE r.loan_id = l.id) AS RepaidXof
            """;
        const string instalmentColumns = "i.loan_id AS LoanId, i.number AS Number, i.due_on AS DueOn, i.amount_xof AS AmountXof";
        return new LoanSql
        {
            InsertLoan = $"""
                INSERT INTO {p}loans (reference, beneficiary_id, cooperative_id, principal_xof, disbursed_on, is_test, created_at)
                {outputId}
                VALUES (@Reference, @BeneficiaryId, @CooperativeId, @PrincipalXof, @DisbursedOn, @IsTest, @Now)
                {returnIdAfterValues};
                """,
            InsertInstalment = $"""
                INSERT INTO {p}loan_instalments (loan_id, number, due_on, amount_xof)
                VALUES (@LoanId, @Number, @DueOn, @AmountXof);
                """,
            GetLoan = $"SELECT {loanColumns} FROM {p}loans AS l WHERE l.id = @LoanId;",
            LockLoan = $"SELECT {loanColumns} FROM {p}loans AS l{lockHint} WHERE l.id = @LoanId;",
            LoansOfBeneficiary = $"SELECT {loanColumns} FROM {p}loans AS l WHERE l.beneficiary_id = @BeneficiaryId ORDER BY l.disbursed_on, l.id;",
            LoansOfCooperative = $"SELECT {loanColumns} FROM {p}loans AS l WHERE l.cooperative_id = @CooperativeId ORDER BY l.disbursed_on, l.id;",
            InstalmentsOfLoan = $"SELECT {instalmentColumns} FROM {p}loan_instalments AS i WHERE i.loan_id = @LoanId ORDER BY i.number;",
            InstalmentsOfBeneficiary = $"""
                SELECT {instalmentColumns} FROM {p}loan_instalments AS i
                JOIN {p}loans AS l ON l.id = i.loan_id
                WHERE l.beneficiary_id = @BeneficiaryId ORDER BY i.loan_id, i.number;
                """,
            InstalmentsOfCooperative = $"""
                SELECT {instalmentColumns} FROM {p}loan_instalments AS i
                JOIN {p}loans AS l ON l.id = i.loan_id
                WHERE l.cooperative_id = @CooperativeId ORDER BY i.loan_id, i.number;
                """,
            FindRepayment = $"SELECT id AS Id, loan_id AS LoanId, amount_xof AS AmountXof FROM {p}loan_repayments WHERE reference = @Reference;",
            InsertRepayment = $"""
                INSERT INTO {p}loan_repayments (loan_id, amount_xof, paid_on, channel, reference, recorded_by, recorded_at, is_test)
                {outputId}
                VALUES (@LoanId, @AmountXof, @PaidOn, @Channel, @Reference, @RecordedBy, @Now, @IsTest)
                {returnIdAfterValues};
                """,
        };
    }
}
