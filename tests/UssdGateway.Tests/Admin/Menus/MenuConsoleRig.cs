using System.Net;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Menus;

/// <summary>
/// A host on a temporary copy of the shipped menus with no reload timer (a published edit is served only because
/// publishing reloads the catalog), and form posts to the menu pages with the anti-forgery token.
/// </summary>
internal sealed class MenuConsoleRig : IDisposable
{
    public const string EditPath = "/admin/menus/edit?file=" + MenuEdits.File;

    public MenusCopy Menus { get; } = new();

    public GatewayFactory Factory { get; }

    public MenuConsoleRig() => Factory = new GatewayFactory
    {
        MenusPath = Menus.Path,
        Settings = new Dictionary<string, string?> { ["Menus:ReloadSeconds"] = "0" },
    };

    public Task<HttpClient> ClientAsync(StaffRole role) => Factory.SignedInClientAsync(role);

    /// <summary>Posts the editor's form to <paramref name="handler"/> (Check, Publish, Rollback).</summary>
    public static async Task<HttpResponseMessage> PostEditorAsync(HttpClient client, string handler, IDictionary<string, string> fields, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken) form["__RequestVerificationToken"] = await ConsoleSignIn.AntiforgeryTokenAsync(client, EditPath);
        return await client.PostAsync(EditPath + "&handler=" + handler, new FormUrlEncodedContent(form));
    }

    /// <summary>A new caller's welcome screen (after choosing French).</summary>
    public async Task<string> WelcomeScreenAsync()
    {
        using var client = Factory.CreateClient();
        var phone = new UssdPhone(client, TestPhones.Next());
        (await phone.DialAsync()).Should().StartWith("CON Langue / Kan");
        return await phone.SendAsync("1");
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    public void Dispose()
    {
        Factory.Dispose();
        Menus.Dispose();
    }
}
