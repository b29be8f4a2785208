using Microsoft.Extensions.Logging;

namespace UssdGateway.Core.Sms;

/// <summary>
/// <see cref="IConfirmationSms"/> through the outbox. A failure to record (database away, template missing) is logged and
/// does not undo the person's action: the screen still confirms it. The texts are read on first use, so a menu folder
/// without <c>sms.yaml</c> still serves its menus (confirmations are then logged as not queued).
/// </summary>
public sealed partial class ConfirmationSms : IConfirmationSms
{
    private readonly ISmsOutbox _outbox;
    private readonly Lazy<SmsTemplates> _templates;
    private readonly ILogger<ConfirmationSms> _logger;

    public ConfirmationSms(ISmsOutbox outbox, SmsTemplates templates, ILogger<ConfirmationSms> logger)
        : this(outbox, () => templates, logger)
    {
    }

    /// <param name="templates">Called at the first confirmation, and again after it failed (a file added later is picked up).</param>
    public ConfirmationSms(ISmsOutbox outbox, Func<SmsTemplates> templates, ILogger<ConfirmationSms> logger)
    {
        _outbox = outbox;
        _templates = new Lazy<SmsTemplates>(templates, LazyThreadSafetyMode.PublicationOnly);
        _logger = logger;
    }

    public const string RegistrationTemplate = "confirm_registration";
    public const string BookingTemplate = "confirm_booking";
    public const string SalesTemplate = "confirm_sales";

    /// <summary>The templates the USSD actions use; <c>menus lint</c> runs on the same file.</summary>
    public static readonly IReadOnlyList<string> Templates = [RegistrationTemplate, BookingTemplate, SalesTemplate];

    public async Task<bool> QueueAsync(SmsConfirmation confirmation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        try
        {
            var text = _templates.Value.Render(confirmation.Template, confirmation.Language, confirmation.Values);
            await _outbox.EnqueueAsync(
                new OutgoingSms(confirmation.RecipientE164, text, confirmation.IdempotencyKey, confirmation.IsTest, SmsKind.Essential),
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotQueued(_logger, e, confirmation.IdempotencyKey);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Confirmation SMS {Key} could not be queued; the action itself succeeded")]
    private static partial void LogNotQueued(ILogger logger, Exception exception, string key);
}
