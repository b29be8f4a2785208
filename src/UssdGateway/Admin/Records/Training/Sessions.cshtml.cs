using Microsoft.AspNetCore.Mvc;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Training;

/// <summary>
/// <c>/admin/sessions</c>: cohorts and their sessions (<c>?cohort=</c> one cohort), and for staff the forms to create
/// a cohort and to add a session with its capacity. Bamako time is UTC.
/// </summary>
public sealed class SessionsModel(ProgrammeRecords records, ITrainingRepository training, TimeProvider time) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Cohort { get; set; }

    public IReadOnlyList<CohortRecord> Cohorts { get; private set; } = [];

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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cohorts = (await records.ListCohortsAsync(RecordsPage.All, cancellationToken)).Items;
        Sessions = await records.ListSessionsAsync(Cohort, new RecordsPage(1, RecordsPage.MaxSize), cancellationToken);
    }
}
