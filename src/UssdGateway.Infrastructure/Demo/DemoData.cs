using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Demo;

/// <summary>
/// The demo programme, computed from today's date (Bamako) with no randomness: the same day gives the same rows, and
/// every row has a fixed natural key (phone + name, cohort name, cohort + start, cooperative name + commune, loan and
/// repayment references), so a second run finds them all and writes nothing. Sessions sit on a weekly grid anchored
/// on Mondays, so a run on a later day adds only the weeks that are new.
/// </summary>
internal sealed class DemoData
{
    public const string ConsentVersion = "demo";
    public const string Channel = "seed";

    private static readonly string[] WomenNames = ["Awa", "Aminata", "Fatoumata", "Mariam", "Kadiatou", "Oumou", "Assitan"];
    private static readonly string[] MenNames = ["Moussa", "Mamadou", "Seydou", "Boubacar", "Ibrahim", "Adama", "Bakary", "Souleymane"];
    private static readonly string[] FamilyNames =
        ["Traoré", "Coulibaly", "Diarra", "Keïta", "Konaté", "Diallo", "Sangaré", "Touré", "Dembélé", "Sissoko", "Doumbia", "Koné", "Camara", "Cissé", "Maïga"];

    // Most youths in Bamako come from the District or the regions around it.
    private static readonly string[] Regions =
        ["Bamako (District)", "Bamako (District)", "Bamako (District)", "Koulikoro", "Koulikoro", "Ségou", "Ségou", "Sikasso", "Mopti", "Kayes",
         "Tombouctou", "Gao", "San", "Koutiala", "Bougouni", "Kita", "Dioïla", "Nioro"];

    private static readonly string[] Trainers =
        ["Mme Fatoumata Diarra", "M. Bakary Keïta", "Mme Oumou Sangaré", "M. Seydou Traoré", "Mme Mariam Cissé", "M. Ibrahim Maïga"];

    private static readonly Dictionary<string, string> SectorLabels = new(StringComparer.Ordinal)
    {
        ["food"] = "Alimentation", ["sanitation"] = "Assainissement", ["construction"] = "Construction",
        ["health"] = "Santé", ["education"] = "Éducation communautaire",
    };

    private static readonly (string Name, CooperativeForm Form, string Sector)[] CooperativeNames =
    [
        ("Coopérative Benkadi des jeunes de Banconi", CooperativeForm.ProductionCooperative, "food"),
        ("GIE Jigiya Saniya", CooperativeForm.Gie, "sanitation"),
        ("Entreprise collective Badenya Construction", CooperativeForm.CollectiveEnterprise, "construction"),
        ("Coopérative de services Kènèya Sira", CooperativeForm.ServiceCooperative, "health"),
        ("GIE Danaya Kalan", CooperativeForm.Gie, "education"),
        ("Coopérative Yiriwa Dumuni", CooperativeForm.ProductionCooperative, "food"),
        ("GIE Sabali Saniya", CooperativeForm.Gie, "sanitation"),
        ("Coopérative Nyèta des maçons", CooperativeForm.ProductionCooperative, "construction"),
        ("Entreprise collective Hèrè Kènèya", CooperativeForm.CollectiveEnterprise, "health"),
        ("Coopérative de services Jèkafo", CooperativeForm.ServiceCooperative, "education"),
        ("GIE Musow ka Baara", CooperativeForm.Gie, "food"),
        ("Coopérative Faso Kanu Saniya", CooperativeForm.ServiceCooperative, "sanitation"),
        ("GIE Dambe So Jòli", CooperativeForm.Gie, "construction"),
        ("Coopérative Jamana Kènèya", CooperativeForm.ServiceCooperative, "health"),
        ("Entreprise collective Kalanso", CooperativeForm.CollectiveEnterprise, "education"),
        ("Coopérative de transformation Sigida Dumuni", CooperativeForm.ProductionCooperative, "food"),
        ("GIE Tilé Naani", CooperativeForm.Gie, "sanitation"),
        ("Coopérative Benkadi Briques", CooperativeForm.ProductionCooperative, "construction"),
        ("GIE Kènèya Ton", CooperativeForm.Gie, "health"),
        ("Entreprise collective Donko Yiriwa", CooperativeForm.CollectiveEnterprise, "education"),
    ];

    public const int OtherYouths = 118;
    public const int WeeksBefore = 2;
    public const int WeeksAfter = 5;

    private DemoData(DateTimeOffset now)
    {
        Now = now;
        Today = BamakoTime.DateOf(now);
        Beneficiaries = BuildBeneficiaries();
        Cohorts = BuildCohorts();
        Sessions = BuildSessions();
        Cooperatives = BuildCooperatives();
        Loans = BuildLoans();
    }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<DemoBeneficiary> Beneficiaries { get; }

    public IReadOnlyList<DemoCohort> Cohorts { get; }

    public IReadOnlyList<DemoSession> Sessions { get; }

    public IReadOnlyList<DemoCooperative> Cooperatives { get; }

    public IReadOnlyList<DemoLoan> Loans { get; }

    public static DemoData For(DateTimeOffset now) => new(now);

    private List<DemoBeneficiary> BuildBeneficiaries()
    {
        var list = new List<DemoBeneficiary>
        {
            new(DemoPhones.Youth, DemoPhones.YouthName, "F", Today.Year - 23, "IV", "Ségou", "food", "fr"),
            new(DemoPhones.Leader, DemoPhones.LeaderName, "M", Today.Year - 29, "I", "Koulikoro", "construction", "bm"),
        };
        for (var i = 0; i < OtherYouths; i++)
        {
            var woman = i % 2 == 0;
            var given = woman ? WomenNames[i / 2 % WomenNames.Length] : MenNames[i / 2 % MenNames.Length];
            var family = FamilyNames[(i * 7 + i / 15) % FamilyNames.Length];
            var age = 15 + (i * 7 + 3) % 23; // 15..37: mostly the programme's 15-35, a few older
            var commune = i % 20 == 19 ? BamakoCommunes.OutsideBamako : BamakoCommunes.Codes[i % BamakoCommunes.Codes.Count];
            list.Add(new DemoBeneficiary(
                "+2237001" + i.ToString("D4", CultureInfo.InvariantCulture),
                given + " " + family,
                woman ? "F" : "M",
                Today.Year - age,
                commune,
                Regions[(i * 5 + 1) % Regions.Length],
                ProgrammeSectors.Codes[(i / 3) % ProgrammeSectors.Codes.Count],
                i % 3 == 0 ? "fr" : "bm"));
        }
        return list;
    }

    private List<DemoCohort> BuildCohorts() =>
        BamakoCommunes.Codes.Select((commune, c) =>
        {
            var sector = ProgrammeSectors.Codes[c % ProgrammeSectors.Codes.Count];
            return new DemoCohort(
                $"Cohorte Commune {commune} – {SectorLabels[sector]}",
                commune, sector, Today.AddDays(-7 * WeeksBefore - 7), Today.AddDays(7 * WeeksAfter + 60));
        }).ToList();

    private List<DemoSession> BuildSessions()
    {
        var monday = Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));
        var sessions = new List<DemoSession>();
        for (var c = 0; c < Cohorts.Count; c++)
        {
            var cohort = Cohorts[c];
            var quarters = BamakoCommunes.Quarters[cohort.Commune];
            for (var week = -WeeksBefore; week <= WeeksAfter; week++)
            {
                var day = monday.AddDays(7 * week + c % 5);
                var time = c % 2 == 0 ? new TimeOnly(9, 0) : new TimeOnly(14, 30);
                var startsAt = BamakoTime.StartOf(day).Add(time.ToTimeSpan());
                var capacity = (c + week) % 2 == 0 ? 20 : 25;
                var past = startsAt <= Now;
                var booked = past ? 12 : c == 0 && week == 1 ? capacity - 2 : (c + week + WeeksBefore) % 5 + 2;
                sessions.Add(new DemoSession(
                    cohort.Name, startsAt, quarters[(week + WeeksBefore + c) % quarters.Count], (c + week) % 3 == 0 ? "fr" : "bm",
                    capacity, Trainers[(c + week + WeeksBefore) % Trainers.Length], booked, past));
            }
        }
        return sessions;
    }

    private List<DemoCooperative> BuildCooperatives()
    {
        var list = new List<DemoCooperative>();
        var current = SalesMonth.Of(Today);
        for (var j = 0; j < CooperativeNames.Length; j++)
        {
            var (name, form, sector) = CooperativeNames[j];
            var commune = BamakoCommunes.Codes[j % BamakoCommunes.Codes.Count];
            var leader = j < 2 ? DemoPhones.Leader : "+2237002" + j.ToString("D4", CultureInfo.InvariantCulture);
            var sales = new List<DemoSales>();
            for (var back = 4; back >= 1; back--)
            {
                var month = current;
                for (var k = 0; k < back; k++) month = month.Previous();
                if (j == 0 && back == 1) continue; // left for the demo leader to report (the previous month)
                var amount = RoundTo500(150_000 + 95_000L * j + 37_500L * (5 - back) + (j * 13 % 7) * 11_000);
                long? firstVersion = j == 1 && back == 2 ? amount - 60_000 : null; // a corrected month: history kept
                sales.Add(new DemoSales(month, amount, firstVersion, j % 3 == 0 ? "sms" : "ussd"));
            }
            list.Add(new DemoCooperative(name, form, sector, commune, 6 + j * 7 % 35, leader, sales));
        }
        return list;
    }

    private List<DemoLoan> BuildLoans()
    {
        var loans = new List<DemoLoan>
        {
            // The demo youth: 300 000 FCFA in 6 monthly instalments, 3 due, 2 paid: one instalment overdue.
            Loan("DEMO-PR-0001", DemoPhones.Youth, null, 300_000, Today.AddMonths(-3).AddDays(-5), 6, paid: 2),
        };
        long[] principals = [150_000, 200_000, 250_000, 300_000, 400_000, 500_000];
        int[] lengths = [5, 6, 8, 10];
        for (var k = 0; k < 14; k++)
        {
            var borrower = Beneficiaries[2 + k * 7 % OtherYouths].Phone;
            var disbursed = Today.AddMonths(-(1 + k % 9)).AddDays(-(k * 3 % 20));
            var count = lengths[k % lengths.Length];
            var due = DueCount(disbursed, count);
            var paid = Math.Max(0, due - (k % 3 == 0 ? 1 + k % 2 : 0)); // every third loan is behind
            loans.Add(Loan($"DEMO-PR-{k + 2:D4}", borrower, null, principals[k % principals.Length], disbursed, count, paid));
        }
        for (var k = 0; k < 5; k++)
        {
            var cooperative = Cooperatives[k * 4 + 1];
            var disbursed = Today.AddMonths(-(2 + k)).AddDays(-(k * 4));
            var due = DueCount(disbursed, 12);
            loans.Add(Loan($"DEMO-PC-{k + 1:D4}", null, cooperative, 1_000_000 + 500_000L * k, disbursed, 12, k == 2 ? Math.Max(0, due - 2) : due));
        }
        return loans;
    }

    private int DueCount(DateOnly disbursed, int count) =>
        Enumerable.Range(1, count).Count(m => disbursed.AddMonths(m) <= Today);

    private DemoLoan Loan(string reference, string? phone, DemoCooperative? cooperative, long principal, DateOnly disbursed, int count, int paid)
    {
        var share = principal / count;
        var schedule = Enumerable.Range(1, count)
            .Select(m => new LoanInstalment(m, disbursed.AddMonths(m), m == count ? principal - share * (count - 1) : share))
            .ToList();
        var repayments = schedule
            .Take(Math.Min(paid, DueCount(disbursed, count)))
            .Select(i => new DemoRepayment(
                $"{reference.Replace("-PR-", "-RB-", StringComparison.Ordinal).Replace("-PC-", "-RC-", StringComparison.Ordinal)}-{i.Number:D2}",
                i.AmountXof, i.DueOn.AddDays(-(i.Number % 3)), i.Number % 4 == 0 ? "cash" : "mobile_money"))
            .ToList();
        return new DemoLoan(reference, phone, cooperative?.Name, cooperative?.Commune, principal, disbursed, schedule, repayments);
    }

    private static long RoundTo500(long amount) => amount / 500 * 500;
}
