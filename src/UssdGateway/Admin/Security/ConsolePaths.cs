namespace UssdGateway.Admin.Security;

/// <summary>The paths the console protects, and where anonymous visitors are sent.</summary>
public static class ConsolePaths
{
    public static readonly PathString Admin = "/admin";
    public static readonly PathString Api = "/api";
    public static readonly PathString Login = "/admin/login";
    public static readonly PathString Logout = "/admin/logout";

    /// <summary>Everything under <c>/admin</c> and <c>/api</c>, known or not.</summary>
    public static bool IsProtected(PathString path) => path.StartsWithSegments(Admin) || path.StartsWithSegments(Api);

    /// <summary>Under <c>/api</c>: answered with JSON problems (401/403), never redirected.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Api);
}
