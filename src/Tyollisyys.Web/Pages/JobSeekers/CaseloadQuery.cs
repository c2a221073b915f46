using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>One line of the list. The identity code arrives already masked: the full code never leaves the database here.</summary>
public sealed record CaseloadRow(
    long Id,
    string LastName,
    string FirstNames,
    string NameKey,
    string MaskedIdentityCode,
    string CustomerNumber,
    JobSearchStatus? Status,
    DateOnly? UnemployedSince,
    DateOnly BirthDate,
    string? Counsellor)
{
    public JobSeekerFacts Facts(DateOnly today) => JobSeekerFacts.For(BirthDate, UnemployedSince, today);
}

public sealed record CaseloadOffice(int Id, string Name);

public sealed record CaseloadPage(
    CaseloadFilter Filter,
    CaseloadScope Scope,
    CaseloadSearch Search,
    bool IsManager,
    int Total,
    IReadOnlyList<CaseloadRow> Rows,
    string? PreviousCursor,
    string? NextCursor,
    IReadOnlyList<CaseloadOffice> Offices,
    DateOnly Today)
{
    public bool IsFirstPage => Filter.After is null && Filter.Before is null;
}

/// <summary>
/// The caseload list: the clients the user may see (<see cref="ClientAccess.VisibleTo"/>), narrowed by
/// scope, search and filters, counted, and read one keyset page at a time in a single query with the
/// counsellor's name as a scalar subquery (no N+1).
/// </summary>
public static class CaseloadQuery
{
    public const int PageSize = 25;

    public static async Task<CaseloadPage> RunAsync(AppDbContext db, ClaimsPrincipal user, CaseloadFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var isManager = user.IsInRole(Roles.Manager);
        var scope = filter.Scope switch
        {
            null => isManager ? CaseloadScope.All : CaseloadScope.Mine,
            CaseloadScope.All when !isManager => CaseloadScope.Office,
            { } chosen => chosen,
        };
        var search = CaseloadSearch.Parse(filter.Q);
        var clients = Narrow(db.JobSeekers.AsNoTracking().VisibleTo(user), user, scope, filter, search, isManager, today);

        var total = await clients.CountAsync(cancellationToken);

        var ascending = !filter.Desc;
        var after = CaseloadKeyset.Parse(filter.Sort, filter.After);
        var before = after is null ? CaseloadKeyset.Parse(filter.Sort, filter.Before) : null;
        var page = clients;
        if (after is not null)
        {
            page = CaseloadKeyset.Beyond(page, filter.Sort, ascending, after);
        }
        else if (before is not null)
        {
            // Backwards: read the preceding rows in reverse order, then turn them round.
            page = CaseloadKeyset.Beyond(page, filter.Sort, !ascending, before);
        }

        var rows = await CaseloadKeyset.Order(page, filter.Sort, before is null ? ascending : !ascending)
            .Take(PageSize + 1)
            .Select(c => new CaseloadRow(
                c.Id,
                c.LastName,
                c.FirstNames,
                c.NameKey,
#pragma warning disable CA1845 // translated to SQL (substring), so the full code is masked in the database, not here
                c.IdentityCode.Substring(0, 7) + "****",
#pragma warning restore CA1845
                c.CustomerNumber,
                c.CurrentStatus,
                c.UnemployedSince,
                c.BirthDate,
                db.Users.Where(u => u.Id == c.CounsellorId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var more = rows.Count > PageSize;
        if (more)
        {
            rows.RemoveAt(PageSize);
        }

        if (before is not null)
        {
            rows.Reverse();
        }

        var hasPrevious = before is not null ? more : after is not null;
        var hasNext = before is not null || more;
        var offices = isManager
            ? await db.Offices.AsNoTracking().OrderBy(o => o.Name).Select(o => new CaseloadOffice(o.Id, o.Name)).ToListAsync(cancellationToken)
            : [];

        return new CaseloadPage(
            filter,
            scope,
            search,
            isManager,
            total,
            rows,
            hasPrevious && rows.Count > 0 ? CaseloadKeyset.Format(filter.Sort, rows[0]) : null,
            hasNext && rows.Count > 0 ? CaseloadKeyset.Format(filter.Sort, rows[^1]) : null,
            offices,
            today);
    }

#pragma warning disable CA1310 // EF Core turns StartsWith(string) into an escaped LIKE 'prefix%', which the text_pattern_ops indexes serve
    private static IQueryable<JobSeeker> Narrow(
        IQueryable<JobSeeker> clients,
        ClaimsPrincipal user,
        CaseloadScope scope,
        CaseloadFilter filter,
        CaseloadSearch search,
        bool isManager,
        DateOnly today)
    {
        var userId = user.UserId();
        var officeId = user.OfficeId();
        clients = scope switch
        {
            CaseloadScope.Mine => clients.Where(c => c.CounsellorId == userId),
            CaseloadScope.Office => clients.Where(c => c.OfficeId == officeId),
            _ when filter.Office is { } office => clients.Where(c => c.OfficeId == office),
            _ => clients,
        };

        var value = search.Value;
        clients = search.Kind switch
        {
            SearchKind.Name => clients.Where(c => c.NameKey.StartsWith(value) || c.FirstNameKey.StartsWith(value)),
            SearchKind.CustomerNumber => clients.Where(c => c.CustomerNumber == value),
            SearchKind.IdentityCode => clients.Where(c => c.IdentityCode == value),
            SearchKind.IdentityCodePrefix => clients.Where(c => c.IdentityCode.StartsWith(value)),
            SearchKind.CustomerNumberOrIdentityCodePrefix => clients.Where(c => c.CustomerNumber == value || c.IdentityCode.StartsWith(value)),
            _ => clients,
        };

        if (filter.Status == CaseloadFilter.NoStatus)
        {
            clients = clients.Where(c => c.CurrentStatus == null);
        }
        else if (filter.StatusValue is { } status)
        {
            clients = clients.Where(c => c.CurrentStatus == status);
        }

        if (filter.PartialWorkAbility)
        {
            clients = clients.Where(c => c.PartialWorkAbility);
        }

        if (filter.Immigrant)
        {
            clients = clients.Where(c => c.ImmigrantOrForeignLanguage);
        }

        // Health data: only managers may list clients by it (a counsellor sees it on their own clients' cards).
        if (filter.Disability && isManager)
        {
            clients = clients.Where(c => c.DisabilityOrLongTermIllness);
        }

        if (filter.LongTerm)
        {
            var latestStart = LatestLongTermStart(today);
            clients = clients.Where(c => c.UnemployedSince <= latestStart);
        }

        if (filter.Under25)
        {
            var turned25 = LatestBirthDateAged25(today);
            clients = clients.Where(c => c.BirthDate > turned25);
        }

        return clients;
    }
#pragma warning restore CA1310

    /// <summary>
    /// The last start day that makes 12 months of unemployment by today, by the same AddMonths rule as
    /// the card's badge (<see cref="JobSeekerFacts"/>), so that 29 February and month ends agree.
    /// </summary>
    public static DateOnly LatestLongTermStart(DateOnly today)
    {
        var start = today.AddMonths(-12);
        while (start.AddDays(1).AddMonths(12) <= today)
        {
            start = start.AddDays(1);
        }

        return start;
    }

    /// <summary>The last birth date of someone who is 25 or older today (<see cref="JobSeekerFacts.AgeOn"/>).</summary>
    public static DateOnly LatestBirthDateAged25(DateOnly today)
    {
        var birth = today.AddYears(-25);
        while (JobSeekerFacts.AgeOn(birth.AddDays(1), today) >= 25)
        {
            birth = birth.AddDays(1);
        }

        return birth;
    }
}
