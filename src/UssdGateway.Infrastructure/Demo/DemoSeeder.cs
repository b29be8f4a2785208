using System.Data.Common;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Demo;

/// <summary>
/// Fills the database with a realistic demo programme in Bamako (<see cref="DemoData"/>): youths in the six communes,
/// a cohort per commune with weekly sessions from this week on (free places left), 20 cooperatives with leaders and
/// monthly sales (one month corrected), loans with schedules (some overdue) and repayments, and the PIN
/// <see cref="DemoPhones.YouthPin"/> for <see cref="DemoPhones.Youth"/>. Rows are flagged is_demo (not is_test: they
/// count in figures) and found again by natural keys, so running it again writes nothing new; all in one transaction.
/// <see cref="RemoveAsync"/> deletes them.
/// </summary>
public sealed class DemoSeeder
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly DemoSeedSql _sql;

    public DemoSeeder(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = DemoSeedSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    /// <summary>Writes what is missing of today's demo programme. The database must be migrated.</summary>
    public Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var data = DemoData.For(_time.GetUtcNow());
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var run = new Run(connection, transaction, cancellationToken);
            var now = DbTimestamp.Write(Dialect, data.Now);

            var beneficiaries = new Dictionary<string, long>(StringComparer.Ordinal);
            var beneficiariesWritten = 0;
            foreach (var b in data.Beneficiaries)
            {
                var key = new { b.Phone, NameKey = PersonName.Key(b.FullName) };
                beneficiariesWritten += await run.ExecuteAsync(_sql.InsertBeneficiary, new
                {
                    b.Phone, b.FullName, key.NameKey, b.Gender, b.BirthYear, b.Commune, b.Region, b.Sector, b.Language,
                    Now = now, ConsentVersion = DemoData.ConsentVersion, Channel = DemoData.Channel,
                }).ConfigureAwait(false);
                beneficiaries[b.Phone] = await run.IdAsync(_sql.FindBeneficiary, key).ConfigureAwait(false);
            }

            var cohortsWritten = 0;
            var cohorts = new Dictionary<string, long>(StringComparer.Ordinal);
            var communeOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in data.Cohorts)
            {
                cohortsWritten += await run.ExecuteAsync(_sql.InsertCohort, new
                {
                    c.Name, c.Commune, c.Sector, StartsOn = DbDate.Write(Dialect, c.StartsOn), EndsOn = DbDate.Write(Dialect, c.EndsOn), Now = now,
                }).ConfigureAwait(false);
                cohorts[c.Name] = await run.IdAsync(_sql.FindCohort, new { c.Name }).ConfigureAwait(false);
                communeOf[c.Name] = c.Commune;
            }

            int sessionsWritten = 0, bookingsWritten = 0, attendancesWritten = 0;
            var youths = data.Beneficiaries.Skip(2).ToList(); // the two demo numbers are booked by hand below
            for (var s = 0; s < data.Sessions.Count; s++)
            {
                var session = data.Sessions[s];
                var key = new { CohortId = cohorts[session.CohortName], StartsAt = DbTimestamp.Write(Dialect, session.StartsAt) };
                sessionsWritten += await run.ExecuteAsync(_sql.InsertSession, new
                {
                    key.CohortId, key.StartsAt, session.Place, session.Language, session.Capacity, session.Trainer, Now = now,
                }).ConfigureAwait(false);
                var sessionId = await run.IdAsync(_sql.FindSession, key).ConfigureAwait(false);

                // Youths of the cohort's commune first, then the others, in a fixed order that differs per session.
                var commune = communeOf[session.CohortName];
                var pool = youths.Where(y => y.Commune == commune).Concat(youths.Where(y => y.Commune != commune)).ToList();
                var bookedAt = DbTimestamp.Write(Dialect, session.IsPast ? session.StartsAt.AddDays(-3) : data.Now.AddDays(-1));
                for (var k = 0; k < session.Booked; k++)
                {
                    var youth = pool[(k * 3 + s) % pool.Count];
                    var booking = new { SessionId = sessionId, BeneficiaryId = beneficiaries[youth.Phone], BookedAt = bookedAt };
                    bookingsWritten += await run.ExecuteAsync(_sql.InsertBooking, booking).ConfigureAwait(false);
                    if (session.IsPast)
                    {
                        attendancesWritten += await run.ExecuteAsync(_sql.InsertAttendance, new
                        {
                            booking.SessionId, booking.BeneficiaryId, Present = k % 6 != 5, Now = now,
                        }).ConfigureAwait(false);
                    }
                }
            }

            // The demo youth holds a place in her commune's next session but one (so it is still ahead tomorrow).
            var youthCohort = data.Cohorts.First(c => c.Commune == data.Beneficiaries[0].Commune).Name;
            var youthSession = data.Sessions.Where(x => x.CohortName == youthCohort && !x.IsPast).Skip(1).First();
            bookingsWritten += await run.ExecuteAsync(_sql.InsertBooking, new
            {
                SessionId = await run.IdAsync(_sql.FindSession, new { CohortId = cohorts[youthCohort], StartsAt = DbTimestamp.Write(Dialect, youthSession.StartsAt) }).ConfigureAwait(false),
                BeneficiaryId = beneficiaries[DemoPhones.Youth],
                BookedAt = DbTimestamp.Write(Dialect, data.Now.AddDays(-1)),
            }).ConfigureAwait(false);

            int cooperativesWritten = 0, leadersWritten = 0, salesWritten = 0;
            var cooperatives = new Dictionary<(string, string), long>();
            foreach (var c in data.Cooperatives)
            {
                var key = new { c.Name, c.Commune };
                cooperativesWritten += await run.ExecuteAsync(_sql.InsertCooperative, new
                {
                    c.Name, Form = ProgrammeCodes.Of(c.Form), c.Sector, c.Commune, c.Members, Now = now,
                }).ConfigureAwait(false);
                var cooperativeId = await run.IdAsync(_sql.FindCooperative, key).ConfigureAwait(false);
                cooperatives[(c.Name, c.Commune)] = cooperativeId;
                leadersWritten += await run.ExecuteAsync(_sql.InsertLeader, new
                {
                    CooperativeId = cooperativeId, Phone = c.LeaderPhone,
                    BeneficiaryId = beneficiaries.TryGetValue(c.LeaderPhone, out var leaderId) ? leaderId : (long?)null, Now = now,
                }).ConfigureAwait(false);

                foreach (var sales in c.Sales)
                {
                    var reportedAt = BamakoTime.StartOf(sales.Month.Next().FirstDay).AddHours(10);
                    if (reportedAt > data.Now) reportedAt = data.Now;
                    var report = new
                    {
                        CooperativeId = cooperativeId, Month = sales.Month.ToString(), sales.AmountXof, sales.Channel,
                        ReportedBy = c.LeaderPhone, ReportedAt = DbTimestamp.Write(Dialect, reportedAt),
                    };
                    if (sales.FirstVersionXof is { } first)
                        salesWritten += await run.ExecuteAsync(_sql.InsertFirstSalesVersion, report with { AmountXof = first }).ConfigureAwait(false);
                    salesWritten += await run.ExecuteAsync(_sql.InsertCurrentSales, sales.FirstVersionXof is null
                        ? report
                        : report with { ReportedAt = DbTimestamp.Write(Dialect, reportedAt.AddDays(2) > data.Now ? data.Now : reportedAt.AddDays(2)) }).ConfigureAwait(false);
                }
            }

            int loansWritten = 0, instalmentsWritten = 0, repaymentsWritten = 0;
            foreach (var loan in data.Loans)
            {
                loansWritten += await run.ExecuteAsync(_sql.InsertLoan, new
                {
                    loan.Reference,
                    BeneficiaryId = loan.BeneficiaryPhone is { } phone ? beneficiaries[phone] : (long?)null,
                    CooperativeId = loan.CooperativeName is { } name ? cooperatives[(name, loan.CooperativeCommune!)] : (long?)null,
                    loan.PrincipalXof, DisbursedOn = DbDate.Write(Dialect, loan.DisbursedOn), Now = now,
                }).ConfigureAwait(false);
                var loanId = await run.IdAsync(_sql.FindLoan, new { loan.Reference }).ConfigureAwait(false);
                foreach (var instalment in loan.Schedule)
                {
                    instalmentsWritten += await run.ExecuteAsync(_sql.InsertInstalment, new
                    {
                        LoanId = loanId, instalment.Number, DueOn = DbDate.Write(Dialect, instalment.DueOn), instalment.AmountXof,
                    }).ConfigureAwait(false);
                }
                foreach (var repayment in loan.Repayments)
                {
                    repaymentsWritten += await run.ExecuteAsync(_sql.InsertRepayment, new
                    {
                        LoanId = loanId, repayment.AmountXof, PaidOn = DbDate.Write(Dialect, repayment.PaidOn), repayment.Channel, repayment.Reference, Now = now,
                    }).ConfigureAwait(false);
                }
            }

            var youthId = beneficiaries[DemoPhones.Youth];
            await run.ExecuteAsync(_sql.UpsertPin, new { BeneficiaryId = youthId, PinHash = PinHasher.Hash(DemoPhones.YouthPin, youthId), Now = now }).ConfigureAwait(false);

            var led = data.Cooperatives.Where(c => c.LeaderPhone == DemoPhones.Leader).Select(c => c.Name).ToList();
            return new DemoSeedResult(data.Today, beneficiariesWritten, cohortsWritten, sessionsWritten, bookingsWritten, attendancesWritten,
                cooperativesWritten, leadersWritten, salesWritten, loansWritten, instalmentsWritten, repaymentsWritten, led);
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes every row flagged is_demo, and what hangs off demo rows (bookings of demo sessions, loans of demo
    /// borrowers, PINs of demo youths…); programme rows are left alone. Returns the number of rows deleted.
    /// </summary>
    public Task<int> RemoveAsync(CancellationToken cancellationToken = default) =>
        DbWrites.InTransactionAsync(_connections, (connection, transaction) =>
            connection.ExecuteAsync(new CommandDefinition(_sql.Remove, transaction: transaction, cancellationToken: cancellationToken)), cancellationToken);

    private sealed class Run(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        public Task<int> ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        public async Task<long> IdAsync(string sql, object parameters) =>
            await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)
            ?? throw new InvalidOperationException("A demo row was neither found nor written.");
    }
}
