using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

/// <summary>
/// A Kajaani decision every test can start from: a company employs a 40-year-old long-term unemployed Kajaani
/// resident open-ended from 1.3.2026 at 2 400 €/month, applied for 2.2.2026, 70 % for 6 months. Approved, that is
/// 2 400 × 70 % = 1 680 €/month, × 6 = 10 080 €, subsidised 1.3.–31.8.2026. The rule versions here are not saved,
/// so their Id is 0, and the drafts name rule version 0.
/// </summary>
internal static class KuntalisaDecisionFixtures
{
    public static readonly Guid Drafter = new("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Manager = new("22222222-2222-2222-2222-222222222222");
    public static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateOnly Today = new(2026, 2, 10);
    public static readonly DateOnly DecidedOn = new(2026, 2, 16);
    public static readonly KuntalisaDecisionNumber Number42 = new(2026, 42);
    public static readonly AppropriationRoom PlentyOfRoom = new(500_000m, 0m);

    public const long JobSeekerId = 4711;
    public const int EmployerId = 31;
    public const string Agreement = "Kaupan alan työehtosopimus";

    public static KuntalisaRuleVersion KajaaniRule { get; } = KuntalisaRules.Kajaani2025(KajaaniId);

    public static KuntalisaApplicant Applicant(int unemploymentDays = 400, int homeMunicipalityId = KajaaniId, int age = 40) =>
        new(age, unemploymentDays, KuntalisaTargetGroups.LongTermUnemployed, homeMunicipalityId, false, unemploymentDays);

    public static KuntalisaDecisionDetails Details(
        DateOnly? applied = null,
        DateOnly? start = null,
        DateOnly? end = null,
        decimal pay = 2400m,
        decimal? percent = 70m,
        int months = 6,
        string agreement = Agreement,
        int ruleVersionId = 0,
        decimal weeklyHours = 37.5m,
        bool statePaySubsidy = false) =>
        new(
            EmployerId,
            ruleVersionId,
            applied ?? Applied,
            new KuntalisaEmployment(start ?? Start, end, weeklyHours, pay),
            agreement,
            statePaySubsidy,
            percent,
            months);

    public static KuntalisaDecision NewDraft(KuntalisaDecisionDetails? details = null, int municipalityId = KajaaniId) =>
        KuntalisaDecision.Draft(JobSeekerId, municipalityId, details ?? Details(), Drafter, Now, Today);

    public static KuntalisaDecision Submitted(KuntalisaDecisionDetails? details = null, int municipalityId = KajaaniId)
    {
        var decision = NewDraft(details, municipalityId);
        decision.Submit(Now.AddHours(1));
        return decision;
    }

    public static KuntalisaDecision Approved(
        KuntalisaDecisionDetails? details = null,
        KuntalisaRuleVersion? rule = null,
        KuntalisaApplicant? applicant = null,
        int municipalityId = KajaaniId,
        KuntalisaEmployerCategory category = KuntalisaEmployerCategory.Company)
    {
        var decision = Submitted(details, municipalityId);
        decision.Approve(
            Manager,
            Now.AddDays(6),
            DecidedOn,
            Number42,
            rule ?? KajaaniRule,
            decision.ToApplication(applicant ?? Applicant(homeMunicipalityId: municipalityId), category),
            PlentyOfRoom);
        return decision;
    }

    /// <summary>The standard decision approved, with March 2026 claimed (2 400 € wages × 70 % = 1 680 €).</summary>
    public static KuntalisaDecision InPayment()
    {
        var decision = Approved();
        decision.RecordClaim(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 10), 2400m, null, Drafter, Now.AddDays(60));
        return decision;
    }

    /// <summary>Builds the standard decision in <paramref name="status"/> by the shortest legal path.</summary>
    public static KuntalisaDecision InState(KuntalisaDecisionStatus status)
    {
        switch (status)
        {
            case KuntalisaDecisionStatus.Draft:
                return NewDraft();
            case KuntalisaDecisionStatus.Submitted:
                return Submitted();
            case KuntalisaDecisionStatus.Approved:
                return Approved();
            case KuntalisaDecisionStatus.Rejected:
                var rejected = Submitted();
                rejected.Reject(Manager, Now.AddDays(6), DecidedOn, "Työsuhde alkoi ennen hakemusta.");
                return rejected;
            case KuntalisaDecisionStatus.InPayment:
                return InPayment();
            case KuntalisaDecisionStatus.Closed:
                var closed = InPayment();
                closed.Close(Now.AddDays(90));
                return closed;
            case KuntalisaDecisionStatus.Cancelled:
                var cancelled = NewDraft();
                cancelled.Cancel(Now.AddHours(2), "Hakemus peruttu.");
                return cancelled;
            case KuntalisaDecisionStatus.EndedEarly:
                var ended = Approved();
                ended.EndEarly(new DateOnly(2026, 6, 15), "Työsuhde päättyi koeajalla.", Now.AddDays(130));
                return ended;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    /// <summary>Performs <paramref name="action"/> with arguments that would be valid in the right status.</summary>
    public static void Perform(KuntalisaDecision decision, KuntalisaDecisionAction action)
    {
        switch (action)
        {
            case KuntalisaDecisionAction.UpdateDraft:
                decision.UpdateDraft(Details(months: 5), Today);
                break;
            case KuntalisaDecisionAction.Submit:
                decision.Submit(Now);
                break;
            case KuntalisaDecisionAction.ReturnToDraft:
                decision.ReturnToDraft();
                break;
            case KuntalisaDecisionAction.Approve:
                decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom);
                break;
            case KuntalisaDecisionAction.Reject:
                decision.Reject(Manager, Now, DecidedOn, "Ei edellytyksiä.");
                break;
            case KuntalisaDecisionAction.Cancel:
                decision.Cancel(Now, "Peruttu.");
                break;
            case KuntalisaDecisionAction.EndEarly:
                decision.EndEarly(new DateOnly(2026, 5, 15), "Työsuhde päättyi.", Now);
                break;
            case KuntalisaDecisionAction.Close:
                decision.Close(Now);
                break;
            case KuntalisaDecisionAction.RecordClaim:
                // April 2026: on every path above still unclaimed and within the period (the early end is 15.6.).
                decision.RecordClaim(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 5), 2400m, null, Drafter, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    public static DomainException AssertRefused(string messageKey, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(messageKey, exception.MessageKey);
        return exception;
    }
}
