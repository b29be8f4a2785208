using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Sms;

namespace UssdGateway.Admin.Dashboard;

/// <summary>
/// <c>/admin</c>: the programme at a glance, for every role. Registrations against the target, their splits as SVG
/// charts, cohorts, sales of the last six months, the loan portfolio, the USSD funnel of a day (<c>?jour=2026-11-29</c>,
/// default today) and SMS delivery over the last 30 days. Test rows are left out everywhere.
/// </summary>
public sealed class DashboardModel : PageModel
{
    public const int SalesMonths = 6;
    public const int SmsDays = 30;

    private readonly IProgrammeFigures _figures;
    private readonly IFunnelReader _funnel;
    private readonly ISmsDeliveryFigures _sms;
    private readonly TimeProvider _time;

    public DashboardModel(IProgrammeFigures figures, IFunnelReader funnel, ISmsDeliveryFigures sms, TimeProvider time)
    {
        _figures = figures;
        _funnel = funnel;
        _sms = sms;
        _time = time;
    }

    [BindProperty(Name = "jour", SupportsGet = true)]
    public string? Day { get; set; }

    public DateOnly FunnelDay { get; private set; }
    public RegistrationFigures Registrations { get; private set; } = null!;
    public IReadOnlyList<CohortFigures> Cohorts { get; private set; } = [];
    public SalesTable Sales { get; private set; } = null!;
    public LoanPortfolioFigures Loans { get; private set; } = null!;
    public IReadOnlyList<ScreenFunnelRow> Funnel { get; private set; } = [];
    public IReadOnlyList<SmsProviderFigures> Sms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = BamakoTime.Today(_time);
        FunnelDay = DateOnly.TryParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : today;
        Registrations = await _figures.GetRegistrationsAsync(cancellationToken);
        Cohorts = await _figures.GetCohortsAsync(cancellationToken);
        var last = SalesMonth.Of(today);
        var first = last;
        for (var i = 1; i < SalesMonths; i++) first = first.Previous();
        Sales = SalesTable.From(await _figures.GetSalesAsync(first, last, cancellationToken), first, last);
        Loans = await _figures.GetLoanPortfolioAsync(cancellationToken);
        Funnel = await _funnel.GetFunnelAsync(FunnelDay, null, cancellationToken);
        Sms = SmsProviderFigures.From(await _sms.GetAsync(BamakoTime.StartOf(today.AddDays(1 - SmsDays)), cancellationToken));
    }

    public static IReadOnlyList<ChartBar> Bars(IEnumerable<FigureCount> counts, Func<string, string> label) =>
        counts.Select(c => new ChartBar(c.Key, label(c.Key), c.Count)).ToList();
}
