using Dapper;
using Microsoft.Data.Sqlite;
using UssdGateway.Cli.Commands.Menus;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

public sealed class MenusSimulateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-simulate");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private async Task<CliRun> SimulateAsync(string typed, string? language = "fr", string? phone = "+22376111222", string file = "menus/renapess.yaml")
    {
        var command = new MenusSimulateCommand(CliContext.From(MenusCli.Configuration(_temp.Path)));
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await command.RunAsync(file, language, phone, new StringReader(typed), output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task MenusSimulate_ShowsScreensWithSizesAndRegistersATest_WhenAnswersAreTyped()
    {
        var run = await SimulateAsync("1\n1\nAwa Traoré\n1\n2004\n2\n6\n1\n1\n");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith(
            "menu renapess (renapess.yaml) · dialling *384*123# from +22376111222 · a test call: what it records is flagged as test data\n"
            + "Type an answer and press Enter; Ctrl+D hangs up.\n"
            + "(language question answered with 1: Français)\n"
            + "\nRENAPESS - Jeunes et ESS\n1. S'inscrire\n2. Découvrir l'ESS\n3. Langue / Kan\n4. Formations\n5. Mon compte\n[GSM-7 · 101/160 septets]\n> 1\n");
        run.Output.Should().Contain("\nVous êtes:\n1. Une femme\n2. Un homme\n0. Retour\n[UCS-2 · 45/80]\n> 1\n")
            .And.EndWith("\nMerci Awa Traoré! Votre inscription est enregistrée. Vous recevrez un SMS pour la formation.\n"
                         + "[GSM-7 · 92/160 septets]\n-- END: the call is over --\n");
        await using var db = new SqliteConnection($"Data Source={_temp.Combine("gw.db")};Pooling=False");
        (await db.QuerySingleAsync<(string, long)>("SELECT full_name, is_test FROM beneficiaries WHERE phone_e164 = '+22376111222'"))
            .Should().Be(("Awa Traoré", 1L));
    }

    [Fact]
    public async Task MenusSimulate_HangsUp_WhenInputEnds()
    {
        var run = await SimulateAsync("", language: null, phone: null);

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().MatchRegex(@"from \+2237\d{7} ·")
            .And.Contain("\nLangue / Kan:\n1. Français\n2. Bamanankan\n[UCS-2 · 39/80]\n> \n-- hung up --\n");
    }

    [Fact]
    public async Task MenusSimulate_ExitsWithAReason_WhenLanguageOrPhoneIsWrong()
    {
        (await SimulateAsync("", language: "en")).Error.Should().Be("error: --lang 'en' is not one of the menu's languages (fr, bm)\n");
        (await SimulateAsync("", phone: "12")).Error.Should().Be("error: --phone '12' is not a phone number (write it as +223 and 8 digits)\n");
    }

    [Fact]
    public async Task MenusSimulate_ListsTheErrors_WhenTheMenuCannotLoad()
    {
        var file = _temp.WriteFile("bad.yaml", "menu: bad\nservice_codes: [\"*1#\"]\nlanguages: [fr]\nstart: a\nscreens:\n  a:\n    type: action\n    action: fly\n    next: a\n");

        var run = await SimulateAsync("", file: file);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("bad.yaml:8 › a › action: no action called 'fly'; known actions: ")
            .And.EndWith($"error: {file} cannot be simulated until these are fixed\n");
    }
}
