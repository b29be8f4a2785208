namespace UssdGateway.Core.Menus;

/// <summary>
/// Texts the engine itself shows, in French, Bambara and English. A menu may override any of them
/// under <c>messages:</c>. Bambara drafts await a native speaker's review like every Bambara text.
/// </summary>
public static class BuiltInMessages
{
    public const string InvalidChoice = "invalid_choice";
    public const string TooManyAttempts = "too_many_attempts";
    public const string Error = "error";
    public const string Back = "back";
    public const string More = "more";
    public const string UnknownService = "unknown_service";
    public const string LanguagePrompt = "language_prompt";
    public const string EmptyList = "empty_list";
    public const string ResumePrompt = "resume_prompt";
    public const string ResumeContinue = "resume_continue";
    public const string ResumeRestart = "resume_restart";
    public const string RateLimited = "rate_limited";

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Defaults =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [InvalidChoice] = Texts("Choix invalide.", "Sugandili man ɲi.", "Invalid choice."),
            [TooManyAttempts] = Texts(
                "Trop d'essais. Recomposez le code plus tard.",
                "I filila siɲɛ caman. I ka segin ka wele kɔfɛ.",
                "Too many attempts. Please dial again later."),
            [Error] = Texts(
                "Service indisponible pour le moment. Merci de réessayer plus tard.",
                "Hakɛ to, baara tɛ sé ka kɛ sisan. I ka segin kɔfɛ.",
                "Service unavailable right now. Please try again later."),
            [Back] = Texts("Retour", "Segin", "Back"),
            [More] = Texts("Suite", "Tɔ", "More"),
            [UnknownService] = Texts("Ce code n'est pas en service.", "Kode in tɛ baara la.", "This code is not in service."),
            [LanguagePrompt] = Texts("Langue / Kan:", "Kan / Langue:", "Language:"),
            [EmptyList] = Texts("Rien pour le moment.", "Foyi tɛ sisan.", "Nothing for now."),
            [ResumePrompt] = Texts("Votre session a été coupée.", "I ka baara tigɛra.", "Your session was cut off."),
            [ResumeContinue] = Texts("Continuer où j'étais", "Ka taa a fɛ", "Continue where I was"),
            [ResumeRestart] = Texts("Recommencer", "Ka a daminɛ kokura", "Start again"),
            [RateLimited] = Texts(
                "Trop de demandes. Merci de réessayer dans une minute.",
                "I ye ɲininkali caman kɛ. I ka segin miniti kelen kɔfɛ.",
                "Too many requests. Please try again in a minute."),
        };

    private static Dictionary<string, string> Texts(string fr, string bm, string en) =>
        new() { ["fr"] = fr, ["bm"] = bm, ["en"] = en };

    /// <summary>Display names of common languages; a menu may add its own under <c>language_names</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> LanguageNames = new Dictionary<string, string>
    {
        ["fr"] = "Français",
        ["bm"] = "Bamanankan",
        ["en"] = "English",
    };
}
