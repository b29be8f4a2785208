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
    /// <c>POST /api/loans</c>, staff: 201 with the loan and its schedule, 400 with the reason, 404 unknown borrower, 409 a
    /// reference already used.
    /// </summary>
    public static IEndpointRouteBuilder MapLoanRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/loans", async (long? beneficiary, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListLoansAsync(beneficiary, p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListLoans");

        app.MapPost("/api/loans", async (LoanBody body, ILoanRepository loans, ICooperativeRepository cooperatives, ProgrammeRecords records, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (loan, problem) = body.ToLoan(BamakoTime.Today(time));
            if (loan is null) return ApiProblems.BadRequest(problem);
            if (loan.BeneficiaryId is { } b && await records.GetBeneficiaryAsync(b, cancellationToken) is null) return ApiProblems.NotFound($"no beneficiary {b}");
            if (loan.CooperativeId is { } c && await cooperatives.GetAsync(c, cancellationToken) is null) return ApiProblems.NotFound($"no cooperative {c}");
            try
            {
                var id = await loans.CreateLoanAsync(loan, ApiActor.Of(user), cancellationToken);
                return Results.Created($"/api/loans/{id}", await loans.GetLoanAsync(id, cancellationToken));
            }
            catch (InvalidOperationException)
            {
                return ApiProblems.Conflict($"the reference '{loan.Reference}' is already used by another loan");
            }
            catch (ArgumentException e)
            {
                return ApiProblems.BadRequest(e.Message);
            }
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("CreateLoan");

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
