namespace UssdGateway.Admin.Security;

/// <summary>The console's refusals: JSON problems under <c>/api</c>, a short French page elsewhere.</summary>
internal static class ConsoleProblems
{
    public static Task WriteAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (ConsolePaths.IsApi(context.Request.Path))
        {
            var title = status == StatusCodes.Status401Unauthorized ? "Unauthorized: sign in or send an API key" : "Forbidden: your role does not allow this";
            return context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status }, options: null, contentType: "application/problem+json");
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(status == StatusCodes.Status403Forbidden
            ? "<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\"><title>Accès refusé</title><h1>Accès refusé</h1>" +
              "<p>Votre rôle ne permet pas cette action.</p><p><a href=\"/admin\">Retour au tableau de bord</a></p></html>"
            : "<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\"><title>Connexion requise</title><h1>Connexion requise</h1>" +
              "<p><a href=\"/admin/login\">Se connecter</a></p></html>");
    }
}
