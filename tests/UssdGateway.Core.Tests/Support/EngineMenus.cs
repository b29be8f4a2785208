namespace UssdGateway.Core.Tests.Support;

/// <summary>Small menus for engine tests.</summary>
internal static class EngineMenus
{
    /// <summary>Two languages: a first-time caller is asked which.</summary>
    public const string Bilingual = """
        menu: lang
        service_codes: ["*100#"]
        languages: [fr, bm]
        start: home
        screens:
          home:
            type: menu
            text: { fr: Accueil, bm: Sigi }
            options:
              - { text: { fr: Fin, bm: Laban }, next: bye }
              - { text: { fr: Langue, bm: Kan }, next: $language }
          bye:
            type: end
            text: { fr: Au revoir, bm: K'an bɛn }
        """;

    /// <summary>One language, every kind of screen.</summary>
    public const string Main = """
        menu: main
        service_codes: ["*200#"]
        languages: [fr]
        start: home
        screens:
          home:
            type: menu
            text: Accueil
            options:
              - { text: Nom, next: ask_name }
              - { text: Montant, next: ask_amount }
              - { text: Couleur, next: colour }
              - { text: Region, next: region }
              - { text: Action, next: act }
              - { text: Fin, next: bye }
          ask_name:
            type: input
            text: "Votre nom?"
            save_as: name
            validate: { min_length: 2, regex: "[A-Za-z ]+" }
            error: "Nom invalide."
            next: greet
          greet:
            type: end
            text: "Merci {name}!"
          ask_amount:
            type: input
            text: "Montant?"
            save_as: amount
            validate: { integer: { min: 0 } }
            max_attempts: 2
            next: show_amount
          show_amount:
            type: end
            text: "Montant: {amount}"
          colour:
            type: menu
            text: "Couleur?"
            save_as: colour
            options:
              - { text: Rouge, value: red, next: show_colour, set: { picked: "yes" } }
              - { text: Vert, next: show_colour }
          show_colour:
            type: end
            text: "{colour} / {colour_label} / {picked}"
          region:
            type: list
            text: "Region:"
            source: mali_regions
            save_as: region
            next: show_region
          show_region:
            type: end
            text: "Region {region} ({region_label})"
          act:
            type: action
            action: work
            next: done
            failure: failed
            outcomes: { busy: busy }
          done:
            type: end
            text: "Fait {result}"
          failed:
            type: end
            text: "Echec"
          busy:
            type: end
            text: "Occupe"
          bye:
            type: end
            text: "Au revoir"
        """;

    /// <summary>Starts with an action that sets <c>registered</c>; options depend on it.</summary>
    public const string Conditional = """
        menu: cond
        service_codes: ["*300#"]
        languages: [fr]
        start: check
        screens:
          check:
            type: action
            action: check
            next: home
          home:
            type: menu
            text: Menu
            options:
              - { text: Inscription, next: bye, when: "not registered" }
              - { text: Mon compte, next: account, when: registered }
              - { text: Aide, next: help }
          account:
            type: end
            text: Compte
          help:
            type: end
            text: Aide
          bye:
            type: end
            text: Inscrit
        """;

    /// <summary>An action screen that routes success only.</summary>
    public const string SuccessOnly = """
        menu: strict
        service_codes: ["*400#"]
        languages: [fr, bm]
        ask_language: false
        start: act
        screens:
          act:
            type: action
            action: work
            next: done
          done:
            type: end
            text: Fait
        """;
}
