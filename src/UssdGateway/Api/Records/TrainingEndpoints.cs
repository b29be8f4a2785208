using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class TrainingEndpoints
{
    /// <summary>
    /// <c>GET|POST /api/cohorts</c>, <c>GET /api/sessions?cohort=</c>, <c>POST /api/sessions</c>, <c>GET /api/bookings?session=</c>,
    /// <c>POST /api/sessions/{id}/attendance</c>, <c>PATCH /api/cohorts/{id}</c>, <c>PATCH /api/sessions/{id}</c>. Reads:
    /// viewer; writes: staff. 400 with the reason, 404 for an unknown cohort or session (or, to edit, a cancelled one),
    /// 409 for a duplicate (cohort name, or a cohort's session at the same instant) or a capacity below the bookings.
    /// </summary>
    public static IEndpointRouteBuilder MapTrainingRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cohorts", async (int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListCohortsAsync(p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListCohorts");

        app.MapPost("/api/cohorts", async (CohortBody body, ITrainingRepository training, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (cohort, problem) = body.ToCohort();
            if (cohort is null) return ApiProblems.BadRequest(problem);
            try
            {
                var id = await training.CreateCohortAsync(cohort, ApiActor.Of(user), cancellationToken);
                return Results.Created($"/api/cohorts/{id}", await training.GetCohortAsync(id, cancellationToken));
            }
            catch (InvalidOperationException e)
            {
                return ApiProblems.Conflict(e.Message);
            }
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("CreateCohort");

        app.MapPatch("/api/cohorts/{id:long}", async (long id, CohortEditBody body, ITrainingRepository training, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (edit, problem) = body.ToEdit();
            if (edit is null) return ApiProblems.BadRequest(problem);
            return await training.EditCohortAsync(id, edit, ApiActor.Of(user), cancellationToken) switch
            {
                CohortEditOutcome.Edited => Results.Ok(await training.GetCohortAsync(id, cancellationToken)),
                CohortEditOutcome.CohortNotFound => ApiProblems.NotFound($"no cohort {id}"),
                CohortEditOutcome.NameTaken => ApiProblems.Conflict($"A cohort named '{edit.Name}' already exists."),
                _ => ApiProblems.BadRequest("endsOn cannot be before startsOn"),
            };
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("EditCohort");

        app.MapGet("/api/sessions", async (long? cohort, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListSessionsAsync(cohort, p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListSessions");

        app.MapPost("/api/sessions", async (SessionBody body, ITrainingRepository training, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (session, problem) = body.ToSession(time.GetUtcNow());
            if (session is null) return ApiProblems.BadRequest(problem);
            if (await training.GetCohortAsync(session.CohortId, cancellationToken) is null) return ApiProblems.NotFound($"no cohort {session.CohortId}");
            try
            {
                var id = await training.AddSessionAsync(session, ApiActor.Of(user), cancellationToken);
                return Results.Created($"/api/sessions/{id}", await training.GetSlotAsync(id, cancellationToken));
            }
            catch (InvalidOperationException e)
            {
                return ApiProblems.Conflict(e.Message);
            }
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("CreateSession");

        app.MapPatch("/api/sessions/{id:long}", async (long id, SessionEditBody body, ITrainingRepository training, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (edit, problem) = body.ToEdit();
            if (edit is null) return ApiProblems.BadRequest(problem);
            var result = await training.EditSessionAsync(id, edit, ApiActor.Of(user), cancellationToken);
            return result.Outcome switch
            {
                SessionEditOutcome.Edited => Results.Ok(result.Slot),
                SessionEditOutcome.SessionNotFound => ApiProblems.NotFound($"no session {id}"),
                SessionEditOutcome.Cancelled => ApiProblems.NotFound($"session {id} is cancelled"),
                _ => Results.Problem($"capacity {edit.Capacity} is below the {result.Booked} active bookings of session {id}",
                    statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["booked"] = result.Booked }),
            };
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("EditSession");

        app.MapGet("/api/bookings", async (long? session, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
        {
            if (session is not { } id) return ApiProblems.BadRequest("session is needed (?session=id)");
            return PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListBookingsAsync(id, p, cancellationToken))
                : ApiProblems.BadRequest(problem);
        }).RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListBookings");

        app.MapPost("/api/sessions/{id:long}/attendance", async (long id, AttendanceBody body, ITrainingRepository training, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            if (body.BeneficiaryId is not { } beneficiary) return ApiProblems.BadRequest("beneficiaryId is needed");
            if (body.Present is not { } present) return ApiProblems.BadRequest("present is needed (true or false)");
            if (await training.GetSlotAsync(id, cancellationToken) is null) return ApiProblems.NotFound($"no session {id}");
            if (await training.GetBookingAsync(id, beneficiary, cancellationToken) is null)
                return ApiProblems.BadRequest($"beneficiary {beneficiary} has no booking in session {id}");
            await training.RecordAttendanceAsync(id, beneficiary, present, ApiActor.Of(user), cancellationToken);
            return Results.NoContent();
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("RecordAttendance");
        return app;
    }
}
