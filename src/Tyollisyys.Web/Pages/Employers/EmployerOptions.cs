using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Employers;

public sealed record EmployerOption(int Id, string Name, string? BusinessId);

/// <summary>
/// The employers a kuntalisä application or a work-trial agreement may name: active ones that are not private
/// persons (who may neither receive kuntalisä nor organise a trial), by name, plus the form's current one even if
/// deactivated since. A select suits an area's registry of hundreds; a searchable picker is the step for thousands.
/// </summary>
public static class EmployerOptions
{
    public static async Task<IReadOnlyList<EmployerOption>> OrganisationsAsync(AppDbContext db, int? current = null)
    {
        var rows = await db.Employers.AsNoTracking()
            .Where(e => (e.IsActive && e.Type != EmployerType.PrivatePerson) || e.Id == current)
            .OrderBy(e => e.NameKey).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.BusinessId })
            .ToListAsync();
        return [.. rows.Select(r => new EmployerOption(r.Id, r.Name, r.BusinessId?.ToString()))];
    }
}
