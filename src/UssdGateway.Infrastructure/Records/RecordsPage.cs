namespace UssdGateway.Infrastructure.Records;

/// <summary>Which page of a list: 1-based <see cref="Number"/>, <see cref="Size"/> rows (1 to <see cref="MaxSize"/>).</summary>
public sealed record RecordsPage(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static RecordsPage First { get; } = new(1, DefaultSize);

    /// <summary>Every row, for exports: one page as large as the biggest programme could need.</summary>
    public static RecordsPage All { get; } = new(1, 1_000_000);

    public int Skip => (Number - 1) * Size;
}
