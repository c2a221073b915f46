using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>Starts a new spell after the previous one ended; the domain refuses an overlap or a second open spell.</summary>
public sealed class StartSpellModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<SpellStart> validator,
    IStringLocalizer<SharedResource> t) : SpellPageModel<SpellStart>(db, audit, clock, validator, t)
{
    protected override string AuditReason => "spell-started";

    // t["Client.StartSpell.Done"]
    protected override string DoneKey => "Client.StartSpell.Done";

    protected override void Prefill(SpellStart input, DateOnly today)
    {
        input.StartDate = today;
        input.Status = JobSearchStatus.Unemployed;
    }

    protected override void Apply(JobSeeker client, SpellStart input) =>
        client.StartSpell(input.StartDate!.Value, input.Status!.Value);
}
