using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

/// <summary>Reads <c>?page=&amp;size=</c>: page from 1, size from 1 to <see cref="RecordsPage.MaxSize"/> (default <see cref="RecordsPage.DefaultSize"/>).</summary>
internal static class PageQuery
{
    public static RecordsPage? Read(int? page, int? size, out string problem)
    {
        problem = "";
        var number = page ?? 1;
        var rows = size ?? RecordsPage.DefaultSize;
        if (number < 1) problem = "page must be 1 or more";
        else if (rows is < 1 or > RecordsPage.MaxSize) problem = $"size must be from 1 to {RecordsPage.MaxSize}";
        return problem.Length == 0 ? new RecordsPage(number, rows) : null;
    }
}
