namespace Tyollisyys.Domain.Employers;

/// <summary>
/// The de minimis ceiling over a rolling three years: aid granted within the three years before a date, that date
/// included, may total at most <see cref="Ceiling"/>.
/// <para>
/// The window for a date <c>d</c> is (<c>d</c> − 3 years, <c>d</c>]: the day exactly three years back is out, the
/// day itself is in, so the window always spans three whole years of days. Put the other way, aid counts until the
/// day before its third anniversary. "3 years back" from 29 February is 28 February (there is no 29th three years
/// earlier), so on 29.2.2028 aid of 28.2.2025 is out and aid of 1.3.2025 is in; aid granted on 29.2.2024 counts
/// through 28.2.2027, like aid of 1.3.2024. Aid dated after <c>d</c> does not count on <c>d</c>.
/// </para>
/// </summary>
public sealed class DeMinimis
{
    /// <summary>300 000 € per rolling three years (Commission Regulation (EU) 2023/2831).</summary>
    public const decimal Ceiling = 300_000m;

    private readonly IReadOnlyList<DeMinimisDeclaration> _declarations;

    public DeMinimis(IEnumerable<DeMinimisDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        _declarations = [.. declarations];
    }

    /// <summary>The first day that still counts on <paramref name="date"/>.</summary>
    public static DateOnly WindowStart(DateOnly date) => date.AddYears(-3).AddDays(1);

    /// <summary>Aid granted in (<paramref name="date"/> − 3 years, <paramref name="date"/>].</summary>
    public decimal TotalOn(DateOnly date)
    {
        var from = WindowStart(date);
        return _declarations.Where(d => d.AidDate >= from && d.AidDate <= date).Sum(d => d.Amount);
    }

    /// <summary>What can still be granted on <paramref name="date"/> without passing the ceiling; never negative.</summary>
    public decimal Headroom(DateOnly date) => Math.Max(0m, Ceiling - TotalOn(date));

    /// <summary>
    /// Whether granting <paramref name="amount"/> on <paramref name="date"/> would take the total over the ceiling.
    /// Reaching the ceiling exactly is allowed.
    /// </summary>
    public bool WouldExceed(decimal amount, DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return TotalOn(date) + amount > Ceiling;
    }
}
