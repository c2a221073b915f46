using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Employers;

public enum EmployerSort
{
    Name,
    BusinessId,
}

/// <summary>One line of the registry list: a projection, so the list never loads contacts or declarations.</summary>
public sealed record EmployerRow(int Id, string Name, string? BusinessId, EmployerType Type, string? Industry, string? PostOffice, bool IsActive);

public sealed record EmployerListPage(int Total, int PageNumber, int PageCount, IReadOnlyList<EmployerRow> Rows, bool RegistryIsEmpty);

/// <summary>
/// The registry list. Offset paging, 50 a page: the registry of one employment area holds hundreds to a few
/// thousand employers, so skipping rows costs little; numbered pages let a user say "page 3" on the phone; and
/// the count the page shows already reads every matching row. Both orders end in the id, so pages never overlap.
/// A name prefix search is a LIKE 'prefix%' on the "C"-collated name key, served by ix_employers_name_key_id,
/// which also gives the default order; a business ID is an exact match on the unique ix_employers_business_id.
/// </summary>
public static class EmployerListQuery
{
    public const int PageSize = 50;

    public static async Task<EmployerListPage> RunAsync(
        AppDbContext db, EmployerSearch search, EmployerType? type, bool? active, EmployerSort sort, bool descending, int pageNumber, CancellationToken cancellationToken)
    {
        var employers = db.Employers.AsNoTracking();
        var businessId = search.Kind == EmployerSearchKind.BusinessId ? Domain.Employers.BusinessId.Parse(search.Value) : null;
        employers = search.Kind switch
        {
#pragma warning disable CA1310 // EF Core turns StartsWith(string) into an escaped LIKE 'prefix%' on the byte-order key
            EmployerSearchKind.NamePrefix => employers.Where(e => e.NameKey.StartsWith(search.Value)),
#pragma warning restore CA1310
            EmployerSearchKind.BusinessId => employers.Where(e => e.BusinessId == businessId),
            EmployerSearchKind.InvalidBusinessId => employers.Where(e => false),
            _ => employers,
        };

        if (type is { } chosenType)
        {
            employers = employers.Where(e => e.Type == chosenType);
        }

        if (active is { } isActive)
        {
            employers = employers.Where(e => e.IsActive == isActive);
        }

        var total = await employers.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);

        // Private persons have no business ID: PostgreSQL puts the NULLs last ascending and first descending.
        employers = (sort, descending) switch
        {
            (EmployerSort.BusinessId, false) => employers.OrderBy(e => e.BusinessId).ThenBy(e => e.Id),
            (EmployerSort.BusinessId, true) => employers.OrderByDescending(e => e.BusinessId).ThenByDescending(e => e.Id),
            (_, false) => employers.OrderBy(e => e.NameKey).ThenBy(e => e.Id),
            (_, true) => employers.OrderByDescending(e => e.NameKey).ThenByDescending(e => e.Id),
        };
        var rows = await employers
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new { e.Id, e.Name, e.BusinessId, e.Type, e.Industry, e.PostOffice, e.IsActive })
            .ToListAsync(cancellationToken);

        var registryIsEmpty = total == 0 && !await db.Employers.AnyAsync(cancellationToken);
        return new EmployerListPage(
            total,
            pageNumber,
            pageCount,
            [.. rows.Select(r => new EmployerRow(r.Id, r.Name, r.BusinessId?.Value, r.Type, r.Industry, r.PostOffice, r.IsActive))],
            registryIsEmpty);
    }
}
