using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class LoanEndpoints
{
    /// <summary>
    /// <c>GET /api/loans?beneficiary=</c> (each with schedule and position today), viewer; <c>POST /api/loans/{id}/repayments</c>,
    /// staff: 201 recorded, 200 the same repayment again, 404 unknown loan, 409 above the balance or a reference used elsewhere.
    /// </summary>
    public static IEndpointRouteBuilder MapLoanRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loans", async (long? beneficiary, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListLoansAsync(beneficiary, p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListLoans");

        app.MapPost("/api/loans/{id:long}/repayments", async (long id, RepaymentBody body, ILoanRepository loans, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (repayment, problem) = body.ToRepayment(id, BamakoTime.Today(time));
            if (repayment is null) return ApiProblems.BadRequest(problem);
            var result = await loans.RecordRepaymentAsync(repayment, ApiActor.Of(user), cancellationToken);
            return result.Outcome switch
            {
                RepaymentOutcome.Recorded => Results.Created($"/api/loans/{id}", result),
                RepaymentOutcome.Duplicate => Results.Ok(result),
                RepaymentOutcome.LoanNotFound => ApiProblems.NotFound($"no loan {id}"),
                RepaymentOutcome.ExceedsBalance => ApiProblems.Conflict("the amount is more than the loan's balance"),
                _ => ApiProblems.Conflict("the reference is already used by another repayment"),
            };
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("RecordRepayment");
        return app;
    }
}
