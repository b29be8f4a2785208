using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Text;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Cli.Commands.Reminders;

/// <summary>
/// <c>ussdgw reminders preview [--date YYYY-MM-DD]</c>: every scheduled SMS of a Bamako day (default tomorrow), from
/// the planner the jobs use: time, recipient, kind, language, SMS parts, text; a number that opted out is listed as
/// such (nothing is sent to it). Writes nothing. Exit code 0, or 1 with one line on standard error.
/// </summary>
internal sealed class RemindersPreviewCommand : Command
{
    internal const string DateFormat = "yyyy-MM-dd";

    private readonly CliContext _context;

    private readonly Option<string?> _date = new("--date")
    {
        Description = "The day (Bamako time = UTC), as YYYY-MM-DD. Default: tomorrow.",
    };

    public RemindersPreviewCommand(CliContext context)
        : base("preview", "List every SMS the scheduled jobs would send on a day (nothing is sent).")
    {
        _context = context;
        Add(_date);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_date), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string? date, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateOnly? requested = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await error.WriteLineAsync($"error: --date must be a day as YYYY-MM-DD (e.g. 2026-12-07), not '{date}'").ConfigureAwait(false);
                return 1;
            }
            requested = parsed;
        }
        try
        {
            var configuration = _context.LoadConfiguration();
            await using var services = _context.BuildServices(configuration: configuration);
            var day = requested ?? BamakoTime.Today(services.GetRequiredService<TimeProvider>()).AddDays(1);
            var options = new NoticeOptions();
            configuration.GetSection(NoticeOptions.SectionName).Bind(options);
            var templatesFile = Path.Combine(services.GetRequiredService<GatewayPaths>().MenusDirectory, SmsServiceCollectionExtensions.SmsTemplatesFileName);
            var templates = SmsTemplates.Load(templatesFile);
            var connections = services.GetRequiredService<IDbConnectionFactory>();
            var planner = new NoticePlanner(new NoticeSource(connections), () => templates, options);
            var optOuts = new SmsOptOuts(connections, services.GetRequiredService<TimeProvider>());

            var notices = await planner.PlanDayAsync(day, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"scheduled SMS of {day.ToString(DateFormat, CultureInfo.InvariantCulture)} (Bamako time): {notices.Count}").ConfigureAwait(false);
            foreach (var notice in notices)
            {
                var measure = SmsSegments.Measure(notice.Text);
                var optedOut = await optOuts.IsOptedOutAsync(notice.RecipientE164, cancellationToken).ConfigureAwait(false);
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{notice.SendAt.ToOffset(BamakoTime.Offset):HH:mm}  {notice.RecipientE164}  {NoticeKinds.Name(notice.Kind)}  {notice.Language}  {measure.Segments} SMS ({(measure.IsGsm7 ? "GSM-7" : "UCS-2")}){(optedOut ? "  OPTED OUT: not sent" : "")}{(notice.IsTest ? "  test" : "")}");
                await output.WriteLineAsync(line).ConfigureAwait(false);
                await output.WriteLineAsync("    " + notice.Text).ConfigureAwait(false);
            }
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: reminders preview was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: reminders preview failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }
}
