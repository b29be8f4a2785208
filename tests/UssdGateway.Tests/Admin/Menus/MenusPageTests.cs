using System.Net;
using System.Text.RegularExpressions;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Menus;

/// <summary><c>/admin/menus</c>: lint, publish, roll back and upload menu files, admins only for writes.</summary>
public sealed partial class MenusPageTests : IDisposable
{
    private readonly MenuConsoleRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task MenusPage_ListsTheMenuFilesWithTheVersionEachServes_ForAViewer()
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        var html = MenuConsoleRig.Decode(await viewer.GetStringAsync("/admin/menus"));

        html.Should().Contain("data-file=\"renapess.yaml\"").And.Contain("data-file=\"sms.yaml\"").And.Contain("menu renapess")
            .And.Contain(Core.Menus.MenuParser.VersionOf(_rig.Menus.Read(MenuEdits.File))).And.Contain("href=\"/admin/simulator\"");
        html.Should().NotContain("Téléverser", "only admins upload");
    }

    [Fact]
    public async Task Check_ShowsTheProblemsWithTheirLineNumbers_AndWritesNothing()
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var before = _rig.Menus.Read(MenuEdits.File);

        using var response = await MenuConsoleRig.PostEditorAsync(staff, "Check", new Dictionary<string, string> { ["content"] = MenuEdits.BrokenStart(before) });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = MenuConsoleRig.Decode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("data-severity=\"error\" data-line=\"10\"").And.Contain("renapess.yaml:10 › start").And.Contain("nowhere");
        html.Should().Contain("start: nowhere", "the edited text stays in the editor");
        _rig.Menus.Read(MenuEdits.File).Should().Be(before);
    }

    [Fact]
    public async Task Publish_IsRefusedWithTheProblems_WhenTheEditHasAnError()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);
        var before = _rig.Menus.Read(MenuEdits.File);

        using var response = await MenuConsoleRig.PostEditorAsync(admin, "Publish", new Dictionary<string, string> { ["content"] = MenuEdits.BrokenStart(before) });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        MenuConsoleRig.Decode(await response.Content.ReadAsStringAsync()).Should().Contain("Publication refusée").And.Contain("renapess.yaml:10 › start");
        _rig.Menus.Read(MenuEdits.File).Should().Be(before);
        (await _rig.WelcomeScreenAsync()).Should().Contain(MenuEdits.Welcome);
    }

    [Fact]
    public async Task PublishedEdit_IsServedToTheNextCaller_AndRollingBackServesTheOldTextAgain()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);
        var original = _rig.Menus.Read(MenuEdits.File);
        (await _rig.WelcomeScreenAsync()).Should().Contain(MenuEdits.Welcome);

        using (var published = await MenuConsoleRig.PostEditorAsync(admin, "Publish", new Dictionary<string, string> { ["content"] = MenuEdits.NewWelcomeText(original).ReplaceLineEndings("\r\n") }))
        {
            published.StatusCode.Should().Be(HttpStatusCode.OK);
            MenuConsoleRig.Decode(await published.Content.ReadAsStringAsync()).Should().Contain("Publié");
        }

        _rig.Menus.Read(MenuEdits.File).Should().Be(MenuEdits.NewWelcomeText(original), "the file is written with the folder's line endings");
        (await _rig.WelcomeScreenAsync()).Should().Contain(MenuEdits.NewWelcome);
        Directory.EnumerateFiles(_rig.Menus.Path, "*.tmp").Should().BeEmpty("the temporary file was renamed over the menu");

        var editor = await admin.GetStringAsync(MenuConsoleRig.EditPath);
        var originalId = HistoryId(editor, Core.Menus.MenuParser.VersionOf(original));
        using (var rolledBack = await MenuConsoleRig.PostEditorAsync(admin, "Rollback", new Dictionary<string, string> { ["id"] = originalId }))
        {
            rolledBack.StatusCode.Should().Be(HttpStatusCode.OK);
            MenuConsoleRig.Decode(await rolledBack.Content.ReadAsStringAsync()).Should().Contain("Version rétablie");
        }

        _rig.Menus.Read(MenuEdits.File).Should().Be(original);
        (await _rig.WelcomeScreenAsync()).Should().Contain(MenuEdits.Welcome).And.NotContain(MenuEdits.NewWelcome);
        var history = MenuConsoleRig.Decode(await admin.GetStringAsync(MenuConsoleRig.EditPath));
        HistoryRow().Matches(history).Should().HaveCount(3, "the version found on disk, the edit and the rollback are recorded");
        history.Should().Contain("retour arrière").And.Contain("trouvée dans le dossier");
    }

    [Theory]
    [InlineData(StaffRole.Viewer)]
    [InlineData(StaffRole.Staff)]
    public async Task Publish_Answers403AndWritesNothing_ForAnyoneButAnAdmin(StaffRole role)
    {
        using var client = await _rig.ClientAsync(role);
        var before = _rig.Menus.Read(MenuEdits.File);

        using var response = await MenuConsoleRig.PostEditorAsync(client, "Publish", new Dictionary<string, string> { ["content"] = MenuEdits.NewWelcomeText(before) });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        _rig.Menus.Read(MenuEdits.File).Should().Be(before);
    }

    [Fact]
    public async Task Editor_ShowsAViewerTheFileWithoutControls_AndRefusesItsCheckWith403()
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        var html = MenuConsoleRig.Decode(await viewer.GetStringAsync(MenuConsoleRig.EditPath));
        using var response = await MenuConsoleRig.PostEditorAsync(viewer, "Check", new Dictionary<string, string> { ["content"] = "menu: x" });

        html.Should().Contain("start: identify").And.NotContain(">Vérifier<").And.NotContain(">Publier<");
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Publish_Answers400AndWritesNothing_WithoutTheAntiforgeryToken()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);
        var before = _rig.Menus.Read(MenuEdits.File);

        using var response = await MenuConsoleRig.PostEditorAsync(admin, "Publish", new Dictionary<string, string> { ["content"] = MenuEdits.NewWelcomeText(before) }, withToken: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _rig.Menus.Read(MenuEdits.File).Should().Be(before);
    }

    [Fact]
    public async Task Upload_PublishesAValidFile_AndRefusesOneWithErrors()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);
        var original = _rig.Menus.Read(MenuEdits.File);

        using (var refused = await UploadAsync(admin, MenuEdits.File, MenuEdits.BrokenStart(original)))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            MenuConsoleRig.Decode(await refused.Content.ReadAsStringAsync()).Should().Contain("renapess.yaml:10 › start");
        }
        _rig.Menus.Read(MenuEdits.File).Should().Be(original);

        using (var published = await UploadAsync(admin, MenuEdits.File, MenuEdits.NewWelcomeText(original)))
            published.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _rig.WelcomeScreenAsync()).Should().Contain(MenuEdits.NewWelcome);
    }

    [Fact]
    public async Task Upload_RefusesAFileNameThatIsNotASimpleYamlName()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);

        using var response = await UploadAsync(admin, "menu.txt", "menu: x");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        File.Exists(Path.Combine(_rig.Menus.Path, "menu.txt")).Should().BeFalse();
    }

    [Fact]
    public async Task CheckOfSmsTexts_UsesTheSmsLinter()
    {
        using var admin = await _rig.ClientAsync(StaffRole.Admin);
        var token = await ConsoleSignIn.AntiforgeryTokenAsync(admin, "/admin/menus/edit?file=sms.yaml");
        var tooLong = "templates:\n  registered:\n    fr: \"" + new string('a', 400) + "\"\n    bm: \"ok\"\n";

        using var response = await admin.PostAsync("/admin/menus/edit?file=sms.yaml&handler=Check",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["content"] = tooLong, ["__RequestVerificationToken"] = token }));

        MenuConsoleRig.Decode(await response.Content.ReadAsStringAsync()).Should().Contain("sms.yaml:3 › registered › fr").And.Contain("SMS parts");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string content)
    {
        var token = await ConsoleSignIn.AntiforgeryTokenAsync(client, "/admin/menus");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "upload", fileName },
        };
        return await client.PostAsync("/admin/menus?handler=Upload", form);
    }

    private static string HistoryId(string html, string hash)
    {
        var match = Regex.Match(html, $"data-history=\"(\\d+)\" data-hash=\"{hash}\"");
        match.Success.Should().BeTrue("the history lists version {0}", hash);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("data-history=\"\\d+\"")]
    private static partial Regex HistoryRow();
}
