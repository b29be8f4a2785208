using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme;

namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// Seeds the programme through its repositories: one cohort, sessions starting tomorrow (500 places each, Bamako
/// quarters), and N beneficiaries (one in three speaking Bambara, each on their own number) each booked in one of them.
/// </summary>
internal static class ReminderSeed
{
    private static readonly string[] Places = ["Maison des jeunes, Commune I", "CAFO, Commune II", "Mairie, Commune III", "Centre Djoliba, Commune IV", "ANPE, Commune V", "Lycée de Niamakoro, Commune VI"];

    public static async Task SeedAsync(IServiceProvider services, int beneficiaries, DateOnly tomorrow)
    {
        var training = services.GetRequiredService<ITrainingRepository>();
        var registry = services.GetRequiredService<IBeneficiaryRepository>();
        var time = services.GetRequiredService<TimeProvider>();
        var staff = ProgrammeActor.Staff("bench");
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort("Cohorte bench", "I", "food", tomorrow, tomorrow.AddDays(30)), staff);
        var sessionCount = (beneficiaries + NewTrainingSession.MaxCapacity - 1) / NewTrainingSession.MaxCapacity;
        var sessions = new List<long>();
        for (var s = 0; s < sessionCount; s++)
        {
            var startsAt = new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(30 * s);
            sessions.Add(await training.AddSessionAsync(new NewTrainingSession(
                cohort, startsAt, Places[s % Places.Length], s % 3 == 2 ? "bm" : "fr", NewTrainingSession.MaxCapacity, "Formateur " + s), staff));
        }
        for (var i = 0; i < beneficiaries; i++)
        {
            var phone = string.Create(CultureInfo.InvariantCulture, $"+2237{i:D7}");
            var language = i % 3 == 2 ? "bm" : "fr";
            var registered = await registry.RegisterAsync(new BeneficiaryRegistration(
                phone, "Awa Traoré " + i.ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? "F" : "M", 2000 + i % 10,
                "I", "Kayes", "food", language, time.GetUtcNow(), "v1", "ussd", null, IsTest: false));
            var booked = await training.BookAsync(sessions[i / NewTrainingSession.MaxCapacity], registered.BeneficiaryId, ProgrammeActor.Ussd(phone, false));
            if (booked.Outcome != BookingOutcome.Booked) throw new InvalidOperationException($"seed booking {i}: {booked.Outcome}");
        }
    }
}
