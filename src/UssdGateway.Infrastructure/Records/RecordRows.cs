using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Records;

/// <summary>The list rows as Dapper reads them from either dialect (dates as text or date types, flags as 0/1 or bit).</summary>
internal static class RecordRows
{
    internal sealed class Cohort
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Commune { get; set; } = "";
        public string Sector { get; set; } = "";
        public object StartsOn { get; set; } = "";
        public object EndsOn { get; set; } = "";
        public bool IsTest { get; set; }
        public long Sessions { get; set; }

        public CohortRecord ToRecord() => new(Id, Name, Commune, Sector, DbDate.Read(StartsOn), DbDate.Read(EndsOn), checked((int)Sessions), IsTest);
    }

    internal sealed class Booking
    {
        public long Id { get; set; }
        public long SessionId { get; set; }
        public long BeneficiaryId { get; set; }
        public string FullName { get; set; } = "";
        public string Phone { get; set; } = "";
        public string Status { get; set; } = "";
        public string Channel { get; set; } = "";
        public object BookedAt { get; set; } = "";
        public bool? Present { get; set; }

        public BookingRecord ToRecord() => new(Id, SessionId, BeneficiaryId, FullName, Phone, Status, Channel, DbTimestamp.Read(BookedAt), Present);
    }

    internal sealed class Cooperative
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Form { get; set; } = "";
        public string Sector { get; set; } = "";
        public string Commune { get; set; } = "";
        public long MembersCount { get; set; }
        public long Leaders { get; set; }
        public bool IsTest { get; set; }

        public CooperativeRecord ToRecord() => new(Id, Name, Form, Sector, Commune, checked((int)MembersCount), checked((int)Leaders), IsTest);
    }

    internal sealed class Sales
    {
        public long Id { get; set; }
        public long CooperativeId { get; set; }
        public string CooperativeName { get; set; } = "";
        public string Month { get; set; } = "";
        public long AmountXof { get; set; }
        public string Channel { get; set; } = "";
        public string ReportedBy { get; set; } = "";
        public object ReportedAt { get; set; } = "";
        public bool IsCurrent { get; set; }

        public SalesReportRecord ToRecord() => new(Id, CooperativeId, CooperativeName, Month, AmountXof, Channel, ReportedBy, DbTimestamp.Read(ReportedAt), IsCurrent);
    }

    internal sealed class Message
    {
        public long Id { get; set; }
        public string Phone { get; set; } = "";
        public string Text { get; set; } = "";
        public string Status { get; set; } = "";
        public object At { get; set; } = "";
        public string? Detail { get; set; }

        public MessageRecord ToRecord(string direction) => new(direction, Id, Phone, Text, Status, DbTimestamp.Read(At), Detail);
    }
}
