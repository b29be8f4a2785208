using System.Data.Common;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Beneficiaries in SQLite or SQL Server (Dapper). The unique key (phone_e164, name_key) decides duplicates,
/// so concurrent registrations of one person write one row; the phone's limit is checked in the same statement.
/// </summary>
public sealed class BeneficiaryRepository : IBeneficiaryRepository
{
    private const int MaxAttempts = 3;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly BeneficiarySql _sql;

    public BeneficiaryRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = BeneficiarySql.For(connections.Dialect);
    }

    public async Task<RegistrationResult> RegisterAsync(BeneficiaryRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentException.ThrowIfNullOrWhiteSpace(registration.Phone);
        var nameKey = registration.NameKey;
        if (nameKey.Length == 0)
            throw new ArgumentException("The full name has no letter or digit.", nameof(registration));

        var dialect = _connections.Dialect;
        var parameters = new
        {
            registration.Phone,
            FullName = PersonName.Clean(registration.FullName),
            NameKey = nameKey,
            registration.Gender,
            registration.BirthYear,
            registration.Commune,
            registration.RegionOfOrigin,
            registration.Sector,
            registration.Language,
            ConsentedAt = DbTimestamp.Write(dialect, registration.ConsentedAt),
            registration.ConsentVersion,
            registration.Channel,
            registration.SessionId,
            registration.IsTest,
            CreatedAt = DbTimestamp.Write(dialect, _time.GetUtcNow()),
            MaxPeople = IBeneficiaryRepository.MaxPeoplePerPhone,
        };

        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var newId = await connection.ExecuteScalarAsync<long?>(
                    new CommandDefinition(_sql.Insert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (newId is { } id) return new RegistrationResult(RegistrationOutcome.Registered, id);
                break;
            }
            catch (DbException e) when (_sql.IsDuplicateKey(e))
            {
                break; // another call registered the same person first
            }
            catch (DbException e) when (_sql.IsTransient(e) && attempt < MaxAttempts)
            {
            }
        }

        // Nothing inserted: either this person is already there (even on a full phone), or the phone is full.
        var found = await connection.QuerySingleOrDefaultAsync<(long Id, string? SessionId)>(
            new CommandDefinition(_sql.FindId, new { registration.Phone, NameKey = nameKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (found.Id == 0) return new RegistrationResult(RegistrationOutcome.NumberFull, 0); // ids start at 1: no row
        // Written by this very session: the hop is being replayed (its instance died after the insert, before the
        // session was saved, and the proxy passed it to another). The caller did register: same answer, and the
        // confirmation (keyed by the id) is queued if it was not yet.
        return registration.SessionId is { Length: > 0 } session && found.SessionId == session
            ? new RegistrationResult(RegistrationOutcome.Registered, found.Id)
            : new RegistrationResult(RegistrationOutcome.AlreadyRegistered, found.Id);
    }

    public async Task<IReadOnlyList<Beneficiary>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<BeneficiaryRow>(
            new CommandDefinition(_sql.FindByPhone, new { Phone = phone }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToBeneficiary()).ToList();
    }

    public async Task<int> CountByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(
            new CommandDefinition(_sql.CountByPhone, new { Phone = phone }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ProfileCompletionResult> CompleteProfileAsync(long beneficiaryId, ProfileCompletion completion, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        ArgumentNullException.ThrowIfNull(actor);
        var dialect = _connections.Dialect;
        return await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<BeneficiaryRow>(new CommandDefinition(
                _sql.FindForUpdate, new { Id = beneficiaryId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is null) return new ProfileCompletionResult(ProfileCompletionOutcome.BeneficiaryNotFound, []);
            var fields = completion.FieldsToWrite(row.ToBeneficiary());
            if (fields.Count == 0) return new ProfileCompletionResult(ProfileCompletionOutcome.NothingToComplete, []);

            string? Write(string field, string? value) => fields.Contains(field) ? value!.Trim() : null;
            await connection.ExecuteAsync(new CommandDefinition(_sql.CompleteProfile, new
            {
                Id = beneficiaryId,
                BeneficiaryRegistration.NotGiven,
                BeneficiaryRegistration.BirthYearNotGiven,
                Gender = Write(ProfileCompletion.GenderField, completion.Gender),
                BirthYear = fields.Contains(ProfileCompletion.BirthYearField) ? completion.BirthYear : null,
                Commune = Write(ProfileCompletion.CommuneField, completion.Commune),
                RegionOfOrigin = Write(ProfileCompletion.RegionField, completion.RegionOfOrigin),
                Sector = Write(ProfileCompletion.SectorField, completion.Sector),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await AuditTrail.WriteAsync(connection, transaction, dialect, actor, "beneficiary.profile_completed", "beneficiary",
                beneficiaryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                AuditDetails.Json(("fields", string.Join(',', fields))), _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new ProfileCompletionResult(ProfileCompletionOutcome.Completed, fields);
        }, cancellationToken).ConfigureAwait(false);
    }
}
