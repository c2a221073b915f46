using System.Globalization;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>One subsidy month of the payment schedule: its dates, the most it pays, and the last day to claim it on time.</summary>
public sealed record LetterMonth(int Number, DateOnly Start, DateOnly End, decimal Amount, DateOnly ClaimDeadline);

/// <summary>One eligibility predicate as the letter states it: its name and the reason, in the letter's language.</summary>
public sealed record LetterPredicate(string Name, string Reason, bool Passes);

/// <summary>
/// What a decision letter says beyond the decision's own fields, worked out once for the view: which decisions have
/// a letter, the payment schedule, the eligibility lines and the body an oikaisuvaatimus is addressed to.
/// </summary>
public static class DecisionLetter
{
    /// <summary>
    /// Decided decisions have a letter: granted ones in any later state, and rejections. A draft, a submitted one and
    /// one cancelled before it was decided have none (a cancelled one has a number only if it was approved).
    /// </summary>
    public static bool Exists(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Status switch
        {
            KuntalisaDecisionStatus.Approved or KuntalisaDecisionStatus.InPayment or KuntalisaDecisionStatus.EndedEarly
                or KuntalisaDecisionStatus.Closed or KuntalisaDecisionStatus.Rejected => decision.DecidedOn is not null,
            KuntalisaDecisionStatus.Cancelled => decision.Number is not null,
            _ => false,
        };
    }

    /// <summary>
    /// The subsidised months in order, each with the claim deadline of a claim ending with it. After an early end the
    /// schedule stops with the month of the last day of employment, paid by days; a cancelled or rejected decision has none.
    /// </summary>
    public static IReadOnlyList<LetterMonth> Schedule(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.SubsidyPeriod is not { } period || decision.GrantedMonthlyAmount is not { } monthly
            || decision.Status == KuntalisaDecisionStatus.Cancelled)
        {
            return [];
        }

        var months = new List<LetterMonth>();
        for (var i = 0; i < period.Months; i++)
        {
            var start = period.MonthStart(i);
            var end = period.MonthEnd(i);
            if (decision.EndedEarlyOn is { } last)
            {
                if (start > last)
                {
                    break;
                }

                end = end < last ? end : last;
            }

            months.Add(new LetterMonth(i + 1, start, end, period.AmountFor(monthly, start, end), KuntalisaPaymentClaim.DeadlineFor(end)));
        }

        return months;
    }

    /// <summary>Each predicate of the rule with its reason; formatted the Finnish way whatever the language, as the letter's numbers are.</summary>
    public static IReadOnlyList<LetterPredicate> Predicates(EligibilityResult eligibility, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(t);
        return
        [
            .. eligibility.Predicates.Select(p => new LetterPredicate(
                t[p.NameKey].Value,
                t[p.ReasonKey, [.. p.Args.Select(Argument)]].Value,
                p.Passes)),
        ];
    }

    /// <summary>
    /// The body an oikaisuvaatimus goes to: the one that made the council decision the rule rests on, i.e. its text
    /// before the date ("Elinvoima- ja osaamislautakunta 10.12.2024 § 150" → "Elinvoima- ja osaamislautakunta").
    /// </summary>
    public static string AppealBody(string councilDecision)
    {
        ArgumentNullException.ThrowIfNull(councilDecision);
        var firstDigit = councilDecision.AsSpan().IndexOfAnyInRange('0', '9');
        var body = (firstDigit < 0 ? councilDecision : councilDecision[..firstDigit]).Trim().TrimEnd(',', ':', ';').Trim();
        return body.Length == 0 ? councilDecision.Trim() : body;
    }

    /// <summary>"Kauppakatu 1, 87100 Kajaani", leaving out what the register does not have.</summary>
    public static string AddressOf(Employer employer)
    {
        ArgumentNullException.ThrowIfNull(employer);
        var town = string.Join(' ', new[] { employer.PostalCode, employer.PostOffice }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { employer.StreetAddress, town }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The PDF's file name: the decision number, or for a rejection (which has none) the record id.</summary>
    public static string FileName(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Number is { } number
            ? number + ".pdf"
            : string.Create(CultureInfo.InvariantCulture, $"kuntalisa-{decision.Id}.pdf");
    }

    private static object Argument(object value) => value switch
    {
        DateOnly date => Formats.Date(date),
        decimal number => Formats.Number(number),
        _ => value,
    };
}
