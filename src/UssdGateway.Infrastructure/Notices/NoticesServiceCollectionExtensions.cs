using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Jobs;

namespace UssdGateway.Infrastructure.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>
    /// Scheduled SMS: the <c>Notices</c> options, the planner (also used by <c>ussdgw reminders preview</c>), the writer,
    /// the session change notifier, broadcasts, and the recurring jobs <c>training-reminders</c>, <c>loan-repayment-notices</c> and
    /// <c>sales-report-nudges</c> (every 30 minutes by default: each writes what has come due, once).
    /// Needs the SMS gateway (<see cref="Sms.SmsServiceCollectionExtensions.AddSmsGateway"/>).
    /// </summary>
    public static IServiceCollection AddScheduledNotices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NoticeOptions>()
            .Configure(o => configuration.GetSection(NoticeOptions.SectionName).Bind(o))
            .Validate(o => o.SalesNudgeDay is >= 1 and <= 28 && o.SalesNudgeLateDay is >= 1 and <= 28, "Notices:SalesNudgeDay and SalesNudgeLateDay must be from 1 to 28.")
            .Validate(o => o.LoanDaysBefore > 0 && o.LoanOverdueDays > 0 && o.LoanOverdueFirmDays > o.LoanOverdueDays, "Notices: loan days must be positive, the firm notice after the overdue one.");
        services.TryAddSingleton<INoticeSource, NoticeSource>();
        services.TryAddSingleton(sp => new NoticePlanner(
            sp.GetRequiredService<INoticeSource>(), () => sp.GetRequiredService<SmsTemplates>(), sp.GetRequiredService<IOptions<NoticeOptions>>().Value));
        services.TryAddSingleton<NoticeWriter>();
        services.TryAddSingleton<SessionChangeNotifier>();
        services.TryAddSingleton<Broadcasts.BroadcastService>();
        const string everyHalfHour = "0,30 * * * *";
        services.AddRecurringJob<TrainingRemindersJob>(TrainingRemindersJob.RecurringId, everyHalfHour, j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<LoanRepaymentNoticesJob>(LoanRepaymentNoticesJob.RecurringId, everyHalfHour, j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<SalesReportNudgesJob>(SalesReportNudgesJob.RecurringId, everyHalfHour, j => j.RunAsync(CancellationToken.None));
        return services;
    }
}
