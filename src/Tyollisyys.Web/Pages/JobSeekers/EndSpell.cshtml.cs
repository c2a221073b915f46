using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>Ends the client's open spell. The row version makes two tabs ending the same spell collide, not both succeed.</summary>
public sealed class EndSpellModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<SpellEnding> validator,
    IStringLocalizer<SharedResource> t) : SpellPageModel<SpellEnding>(db, audit, clock, validator, t)
{
    protected override string AuditReason => "spell-ended";

    // t["Client.EndSpell.Done"]
    protected override string DoneKey => "Client.EndSpell.Done";

    protected override void Prefill(SpellEnding input, DateOnly today) => input.EndDate = today;

    protected override void Apply(JobSeeker client, SpellEnding input) =>
        client.EndCurrentSpell(input.EndDate!.Value, input.Reason!.Value);
}
