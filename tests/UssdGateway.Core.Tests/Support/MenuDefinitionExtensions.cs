using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Support;

internal static class MenuDefinitionExtensions
{
    /// <summary>A copy of the menu starting elsewhere, for checks on a start that does not exist.</summary>
    public static MenuDefinition WithStart(this MenuDefinition menu, string start) => new()
    {
        Id = menu.Id,
        Version = menu.Version,
        FileName = menu.FileName,
        Source = menu.Source,
        ServiceCodes = menu.ServiceCodes,
        Languages = menu.Languages,
        AskLanguage = menu.AskLanguage,
        Start = start,
        Navigation = menu.Navigation,
        MaxAttempts = menu.MaxAttempts,
        GsmFallback = menu.GsmFallback,
        Screens = menu.Screens,
        Messages = menu.Messages,
        LanguageNames = menu.LanguageNames,
    };
}
