using Microsoft.AspNetCore.Mvc;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Training;

/// <summary>
/// <c>/admin/sessions</c>: cohorts and their sessions (<c>?cohort=</c> one cohort), and for staff the forms to create
/// a cohort, to add a session with its capacity, and to edit the chosen cohort (as <c>PATCH /api/cohorts/{id}</c>
/// does). Bamako time is UTC.
/// </summary>
public sealed class SessionsModel(ProgrammeRecords records, ITrainingRepository training, TimeProvider time) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Cohort { get; set; }

    public IReadOnlyList<CohortRecord> Cohorts { get; private set; } = [];

    /// <summary>The cohort chosen with <c>?cohort=</c>, whose values the edit form shows.</summary>
    public CohortRecord? SelectedCohort => Cohorts.FirstOrDefault(c => c.Id == Cohort);

    public RecordsList<TrainingSlot> Sessions { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCohortAsync(string name, string commune, string sector, DateOnly? startsOn, DateOnly? endsOn, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var (cohort, problem) = new Api.Records.CohortBody(name, commune, sector, startsOn, endsOn).ToCohort();
        if (cohort is null) Refused("Cohorte refusée : " + problem + ".");
        else
        {
            try
            {
                Cohort = await training.CreateCohortAsync(cohort, Actor, cancellationToken);
                Done($"Cohorte « {cohort.Name} » créée.");
            }
            catch (InvalidOperationException)
            {
                Refused($"Une cohorte nommée « {cohort.Name} » existe déjà.");
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEditCohortAsync(long id, string? name, string? commune, string? sector, DateOnly? startsOn, DateOnly? endsOn, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        Cohort = id;
        if (string.IsNullOrWhiteSpace(name)) Refused("Cohorte non modifiée : le nom est obligatoire.");
        else if (!Communes.Contains(commune)) Refused("Cohorte non modifiée : la commune doit être I, II, III, IV, V ou VI.");
        else if (string.IsNullOrWhiteSpace(sector)) Refused("Cohorte non modifiée : la filière est obligatoire.");
        else if (startsOn is not { } starts || endsOn is not { } ends) Refused("Cohorte non modifiée : indiquez le premier et le dernier jour.");
        else if (ends < starts) Refused("Cohorte non modifiée : le dernier jour ne peut pas précéder le premier jour.");
        else
        {
            var edit = new CohortEdit(name.Trim(), commune, sector.Trim(), starts, ends);
            switch (await training.EditCohortAsync(id, edit, Actor, cancellationToken))
            {
                case CohortEditOutcome.Edited: Done($"Cohorte « {edit.Name} » modifiée."); break;
                case CohortEditOutcome.NameTaken: Refused($"Cohorte non modifiée : une cohorte nommée « {edit.Name} » existe déjà."); break;
                case CohortEditOutcome.EndsBeforeStart: Refused("Cohorte non modifiée : le dernier jour ne peut pas précéder le premier jour."); break;
                default: Cohort = null; Refused("Cohorte inconnue."); break;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSessionAsync(long cohortId, DateTime? startsAt, string place, string language, int? capacity, string trainer, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        Cohort = cohortId;
        DateTimeOffset? start = startsAt is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Utc)) : null;
        var (session, problem) = new Api.Records.SessionBody(cohortId, start, place, language, capacity, trainer).ToSession(time.GetUtcNow());
        if (session is null) Refused("Séance refusée : " + problem + ".");
        else if (await training.GetCohortAsync(cohortId, cancellationToken) is null) Refused("Cohorte inconnue.");
        else
        {
            try
            {
                var id = await training.AddSessionAsync(session, Actor, cancellationToken);
                return RedirectToPage("/Records/Training/Session", new { id });
            }
            catch (InvalidOperationException)
            {
                Refused("Cette cohorte a déjà une séance à cette heure.");
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The communes of Bamako, as the forms offer them.</summary>
    public static IReadOnlyList<string> Communes { get; } = ["I", "II", "III", "IV", "V", "VI"];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cohorts = (await records.ListCohortsAsync(RecordsPage.All, cancellationToken)).Items;
        Sessions = await records.ListSessionsAsync(Cohort, new RecordsPage(1, RecordsPage.MaxSize), cancellationToken);
    }
}
