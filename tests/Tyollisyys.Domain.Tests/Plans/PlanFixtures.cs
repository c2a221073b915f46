using Tyollisyys.Domain.Plans;

namespace Tyollisyys.Domain.Tests.Plans;

/// <summary>A valid plan content to vary in each test, agreed on 10.3.2026 with "today" 12.3.2026.</summary>
internal static class PlanFixtures
{
    public static readonly DateOnly Today = new(2026, 3, 12);
    public static readonly DateOnly AgreedOn = new(2026, 3, 10);
    public static readonly Guid Author = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly DateTimeOffset SavedAt = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    public static PlanAction Action(string what = "Hae viittä työpaikkaa", ActionResponsible responsible = ActionResponsible.JobSeeker) =>
        new(Guid.NewGuid(), what, responsible, null, AgreedOn.AddMonths(1), PlanActionStatus.Agreed, null, null);

    public static PlanContent Content(params PlanAction[] actions) => new(
        PlanType.Employment,
        "Työpaikka varastoalalta",
        AgreedOn,
        AgreedOn.AddMonths(3),
        actions,
        AgreedOn,
        [(4, null), (4, null), (4, null)]);

    public static EmploymentPlan Agree(PlanContent content, EmploymentPlan? current = null, long client = 7) =>
        EmploymentPlan.Agree(client, current, content, Author, SavedAt, Today);
}
