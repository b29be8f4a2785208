using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Menus.Lint;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Admin.Menus;

/// <summary>
/// <c>/admin/menus</c>: the files of the menu folder with the version each serves; admins upload a file
/// (multipart, <c>.yaml</c>, at most <see cref="MenuPublisher.MaxFileBytes"/>), linted and published as an edit is.
/// </summary>
/// <remarks>The host's form limits suit telco callbacks (64 KB a multipart body); a menu file may be bigger.</remarks>
[RequestFormLimits(MultipartBodyLengthLimit = MenuPublisher.MaxFileBytes + 16 * 1024)]
[RequestSizeLimit(MenuPublisher.MaxFileBytes + 16 * 1024)]
public sealed class MenusModel(MenuPublisher publisher) : PageModel
{
    public IReadOnlyList<MenuFile> Files { get; private set; } = [];

    public MenuLintReport? Report { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public bool CanPublish => User.IsInRole(StaffRoles.AdminCode);

    public void OnGet() => Files = publisher.ListFiles();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (!CanPublish) return Forbid();
        var name = Path.GetFileName(upload?.FileName ?? "");
        if (upload is null || upload.Length == 0) return Refuse("Choisissez un fichier .yaml à téléverser.");
        if (!MenuFileNames.IsValid(name)) return Refuse($"Nom de fichier refusé : {MenuFileNames.Rule}.");
        if (upload.Length > MenuPublisher.MaxFileBytes) return Refuse($"Fichier trop gros : au plus {MenuPublisher.MaxFileBytes / 1024} Ko.");
        string content;
        using (var reader = new StreamReader(upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                content = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return Refuse("Le fichier doit être du texte UTF-8.");
            }
        }
        var result = await publisher.PublishAsync(name, content, "upload", User.Identity?.Name ?? "admin", cancellationToken);
        Report = result.Report;
        Failed = !result.Published && !result.Unchanged;
        Message = result switch
        {
            { Published: true } => $"Publié : {name} version {result.ContentHash} sert les nouvelles sessions.",
            { Unchanged: true } => $"Aucun changement : {name} est déjà en service dans cette version.",
            _ => $"Publication de {name} refusée : {result.Report.ErrorCount} erreur(s). Rien n'a été écrit.",
        };
        return Show();
    }

    private IActionResult Refuse(string message)
    {
        Failed = true;
        Message = message;
        return Show();
    }

    private PageResult Show()
    {
        if (Failed) Response.StatusCode = StatusCodes.Status400BadRequest;
        Files = publisher.ListFiles();
        return Page();
    }
}
