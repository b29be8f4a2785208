using System.Net;
using System.Text;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>CSV exports and imports through the console: what one host exports, a fresh host imports to the same rows.</summary>
public sealed class CsvRoundTripTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task BeneficiariesExport_ImportsIntoAFreshHost_AsTheSameRows()
    {
        await _rig.BookedSessionAsync();
        using var source = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        var exported = await source.GetByteArrayAsync("/admin/records/csv/beneficiaries");
        using var fresh = new GatewayFactory();
        using var staff = await fresh.SignedInClientAsync(StaffRole.Staff);

        var preview = await staff.PreviewImportAsync("beneficiaries", exported);
        (await staff.GetStringAsync("/admin/beneficiaries")).Should().NotContain("Awa Traoré", "a preview writes nothing");
        var done = await staff.ConfirmImportAsync("beneficiaries", preview);
        var reexported = await staff.GetByteArrayAsync("/admin/records/csv/beneficiaries");

        preview.Should().Contain("À créer (2)").And.Contain("Lignes en erreur (0)");
        done.Should().Contain("2 ligne(s) importée(s)");
        Rows(reexported, skipColumns: ["id", "created_at"]).Should().Equal(Rows(exported, skipColumns: ["id", "created_at"]));
    }

    [Fact]
    public async Task CohortsExport_ImportsIntoAFreshHost_AsTheSameRows()
    {
        await _rig.BookedSessionAsync();
        using var source = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        var exported = await source.GetByteArrayAsync("/admin/records/csv/cohorts?sep=;");
        using var fresh = new GatewayFactory();
        using var staff = await fresh.SignedInClientAsync(StaffRole.Staff);

        await staff.ConfirmImportAsync("cohorts", await staff.PreviewImportAsync("cohorts", exported));

        var reexported = await staff.GetByteArrayAsync("/admin/records/csv/cohorts?sep=;");
        Rows(reexported, skipColumns: ["id", "sessions"]).Should().Equal(Rows(exported, skipColumns: ["id", "sessions"]));
    }

    [Fact]
    public async Task Export_IsUtf8WithBom_AndSemicolonSeparated_WhenAskedForExcel()
    {
        await _rig.BookedSessionAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        using var response = await viewer.GetAsync("/admin/records/csv/beneficiaries?sep=;");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = RecordsPageClient.Text(bytes).Split("\r\n");
        lines[0].Should().Be("id;phone;full_name;gender;birth_year;commune;region_of_origin;sector;language;created_at");
        lines.Should().Contain(l => l.Contains(";Awa Traoré;F;2004;IV;Ségou;food;fr;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ReportsEachBadLine_AndImportsNothing_UntilConfirmed()
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var csv = Encoding.UTF8.GetBytes(
            "phone,full_name,gender,birth_year,commune,region_of_origin,sector,language\r\n" +
            "+22376000001,Fatoumata Coulibaly,F,2003,II,Kayes,food,bm\r\n" +
            "12,Moussa Diallo,M,2001,III,Mopti,food,fr\r\n" +
            "+22376000003,Oumar Sangaré,X,2002,VII,Sikasso,food,fr\r\n");

        var preview = await staff.PreviewImportAsync("beneficiaries", csv);

        preview.Should().Contain("Lignes en erreur (3)").And.Contain("À créer (1)");
        preview.Should().Contain("<td class=\"num\">3</td><td>phone</td><td>numéro malien invalide</td>");
        preview.Should().Contain("<td class=\"num\">4</td><td>gender</td>").And.Contain("<td class=\"num\">4</td><td>commune</td>");
        (await staff.GetStringAsync("/admin/beneficiaries")).Should().NotContain("Fatoumata");

        var done = await staff.ConfirmImportAsync("beneficiaries", preview);

        done.Should().Contain("1 ligne(s) importée(s)");
        var list = await staff.GetStringAsync("/admin/beneficiaries");
        list.Should().Contain("Fatoumata Coulibaly").And.NotContain("Moussa Diallo");
    }

    [Fact]
    public async Task Import_IsRefused_ToAViewer()
    {
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        using var response = await viewer.GetAsync("/admin/records/import/beneficiaries");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static List<string> Rows(byte[] csv, string[] skipColumns)
    {
        var lines = RecordsPageClient.Text(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = lines[0].Split(separator);
        var keep = Enumerable.Range(0, header.Length).Where(i => !skipColumns.Contains(header[i])).ToArray();
        return [.. lines.Select(l => l.Split(separator)).Select(f => string.Join(separator, keep.Select(i => f[i]))).Order(StringComparer.Ordinal)];
    }
}
