using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>
/// Approval against the appropriation in the real database: committed amounts, gapless numbers per municipality
/// and year, and parallel approvals that together exceed the appropriation. Each test runs on its own database copy
/// so it owns its municipality's appropriation and number series.
/// </summary>
public sealed class DecisionApprovalTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await TestDecisions.ClearDemoDecisionsAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_approved_decision_keeps_its_grant_number_rule_and_commitment_in_the_database()
    {
        var decision = await TestDecisions.AddAsync(_app, DecisionStage.Approved);

        await using var db = _app.NewDbContext();
        var saved = await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.Approved, saved.Status);
        // 2 400 € × 70 % = 1 680 €/month; 6 months = 10 080 €.
        Assert.Equal(1680m, saved.GrantedMonthlyAmount);
        Assert.Equal(10_080m, saved.GrantedTotal);
        Assert.Equal(10_080m, saved.Committed);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"KL-{TestClients.Today.Year}-0001"), saved.Number);
        Assert.Equal(decision.RuleVersionId, saved.RuleVersionId);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.RecordType == DecisionPageModel.RecordType && e.RecordId == saved.Id.ToString(CultureInfo.InvariantCulture) && EF.Functions.Like(e.Reason!, "approved%")));
    }

    [Fact]
    public async Task Numbers_run_without_gaps_even_when_an_approval_in_between_is_refused()
    {
        var first = await TestDecisions.AddAsync(_app, DecisionStage.Approved);
        await SetAppropriationAsync(first.MunicipalityId, 10_080m + 10_080m);
        var refusedOne = await TestDecisions.AddAsync(_app, DecisionStage.Submitted);
        // Make the middle one too expensive: the appropriation has 10 080 € free, this asks 6 × 1 680 + lowering room to 5 000.
        await SetAppropriationAsync(first.MunicipalityId, 10_080m + 5_000m);
        await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(refusedOne.Id));
        await SetAppropriationAsync(first.MunicipalityId, 10_080m * 2);
        var second = await TestDecisions.AddAsync(_app, DecisionStage.Submitted);
        await ApproveAsync(second.Id);

        await using var db = _app.NewDbContext();
        var numbers = await db.KuntalisaDecisions.Where(d => d.Number != null).OrderBy(d => d.NumberSequence).Select(d => d.Number).ToListAsync();
        var year = TestClients.Today.Year;
        Assert.Equal([$"KL-{year}-0001", $"KL-{year}-0002"], numbers);
        var refused = await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.Id == refusedOne.Id);
        Assert.Equal(KuntalisaDecisionStatus.Submitted, refused.Status);
        Assert.Null(refused.Number);
        Assert.Equal(0m, refused.Committed);
    }

    [Fact]
    public async Task Parallel_approvals_that_together_exceed_the_appropriation_approve_exactly_those_that_fit()
    {
        // Five submitted decisions of 10 080 € each against an appropriation with room for three.
        var decisions = new List<KuntalisaDecision>();
        for (var i = 0; i < 5; i++)
        {
            decisions.Add(await TestDecisions.AddAsync(_app, DecisionStage.Submitted));
        }

        await SetAppropriationAsync(decisions[0].MunicipalityId, 3 * 10_080m + 5_000m);

        var outcomes = await Task.WhenAll(decisions.Select(async d =>
        {
            try
            {
                await ApproveAsync(d.Id);
                return "approved";
            }
            catch (DomainException ex)
            {
                return ex.MessageKey;
            }
        }));

        Assert.Equal(3, outcomes.Count(o => o == "approved"));
        Assert.Equal(2, outcomes.Count(o => o == "Kuntalisa.Decision.AppropriationExceeded"));
        await using var db = _app.NewDbContext();
        var approved = await db.KuntalisaDecisions.AsNoTracking().Where(d => d.Status == KuntalisaDecisionStatus.Approved).ToListAsync();
        Assert.Equal(3, approved.Count);
        var committed = await DecisionApproval.CommittedAsync(db, decisions[0].MunicipalityId, TestClients.Today.Year);
        Assert.Equal(approved.Sum(d => d.GrantedTotal!.Value), committed);
        Assert.Equal(30_240m, committed);
        Assert.Equal([1, 2, 3], approved.Select(d => d.NumberSequence!.Value).Order());
    }

    [Fact]
    public async Task Approval_without_an_appropriation_for_the_year_is_refused_with_its_own_message()
    {
        var decision = await TestDecisions.AddAsync(_app, DecisionStage.Submitted);
        await using (var db = _app.NewDbContext())
        {
            await db.Appropriations.Where(a => a.MunicipalityId == decision.MunicipalityId).ExecuteDeleteAsync();
        }

        var refusal = await Assert.ThrowsAsync<DomainException>(() => ApproveAsync(decision.Id));
        Assert.Equal("Kuntalisa.Decision.NoAppropriation", refusal.MessageKey);
    }

    private async Task SetAppropriationAsync(int municipalityId, decimal amount)
    {
        await using var db = _app.NewDbContext();
        var appropriation = await db.Appropriations.SingleAsync(a => a.MunicipalityId == municipalityId && a.Year == TestClients.Today.Year);
        appropriation.Revise(amount);
        await db.SaveChangesAsync();
    }

    private async Task ApproveAsync(long decisionId)
    {
        await using var db = _app.NewDbContext();
        var decision = await db.KuntalisaDecisions.Include(d => d.Claims).SingleAsync(d => d.Id == decisionId);
        var client = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.Id == decision.JobSeekerId);
        var employer = await db.Employers.SingleAsync(e => e.Id == decision.EmployerId);
        var rule = await db.KuntalisaRuleVersions.SingleAsync(r => r.Id == decision.RuleVersionId);
        var decider = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();
        var application = DecisionFacts.ApplicationFor(decision, client, employer.Type);
        await DecisionApproval.ApproveAsync(db, new AuditLog(db, new HttpContextAccessor(), TimeProvider.System), decision, rule, application, decider, DateTimeOffset.UtcNow, TestClients.Today);
    }
}
