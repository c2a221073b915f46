using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Tyollisyys.Web.Data;

/// <summary>Customer numbers come from a database sequence: unique without locking, whoever creates the client.</summary>
public static class CustomerNumbers
{
    public static async Task<string> NextAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        (await NextAsync(db, 1, cancellationToken))[0];

    public static async Task<IReadOnlyList<string>> NextAsync(AppDbContext db, int count, CancellationToken cancellationToken = default)
    {
        var values = await db.Database
            .SqlQuery<long>($"SELECT nextval('customer_numbers') AS \"Value\" FROM generate_series(1, {count})")
            .ToListAsync(cancellationToken);
        return [.. values.Select(v => v.ToString(CultureInfo.InvariantCulture))];
    }
}
