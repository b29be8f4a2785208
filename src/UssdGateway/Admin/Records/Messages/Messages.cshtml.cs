using Microsoft.AspNetCore.Mvc;
using UssdGateway.Infrastructure.Records;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Admin.Records.Messages;

/// <summary>
/// <c>/admin/messages?direction=in|out&amp;status=</c>: SMS received and sent, newest first. Staff put a failed received
/// SMS back to <c>received</c> (<see cref="SmsInboxMaintenance"/>, as <c>ussdgw inbox reprocess</c> does): the inbox job
/// processes it again within a minute.
/// </summary>
public sealed class MessagesModel(ProgrammeRecords records, SmsInboxMaintenance inbox) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Direction { get; set; } = MessageDirection.In;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RecordsList<MessageRecord> List { get; private set; } = new([], 1, RecordsPage.DefaultSize, false);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReprocessAsync(long id, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var requeued = await inbox.RequeueFailedAsync(id, cancellationToken);
        if (requeued.Count == 1) Done($"SMS {id} remis à traiter ; il sera traité dans la minute.");
        else Refused($"SMS {id} n'est pas en échec : rien à refaire.");
        Direction = MessageDirection.In;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Direction is not (MessageDirection.In or MessageDirection.Out)) Direction = MessageDirection.In;
        if (Status is not null && !MessageDirection.StatusesOf(Direction).Contains(Status)) Status = null;
        List = await records.ListMessagesAsync(Direction, Status, null, new RecordsPage(Math.Max(1, PageNumber), RecordsPage.DefaultSize), cancellationToken);
    }
}
