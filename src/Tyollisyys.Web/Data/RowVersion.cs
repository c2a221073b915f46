using Microsoft.EntityFrameworkCore;
using Npgsql;
namespace Tyollisyys.Web.Data;

/// <summary>What became of an attempt to save an edited record.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>Someone else changed the record after the form was loaded.</summary>
    Stale,

    /// <summary>A unique index refused the values (e.g. a name taken by a simultaneous insert).</summary>
    Duplicate,
}

/// <summary>
/// Optimistic concurrency with PostgreSQL's <c>xmin</c> system column, mapped as the shadow property
/// "xmin" on everything users edit. The form carries the version it was loaded with.
/// </summary>
public static class RowVersion
{
    private const string Property = "xmin";

    public static uint Of<TEntity>(AppDbContext db, TEntity entity)
        where TEntity : class => db.Entry(entity).Property<uint>(Property).CurrentValue;

    /// <summary>The update succeeds only if the row still has the version the form was loaded with.</summary>
    public static void Expect<TEntity>(AppDbContext db, TEntity entity, uint version)
        where TEntity : class =>
        db.Entry(entity).Property<uint>(Property).OriginalValue = version;

    public static async Task<SaveOutcome> TrySaveAsync(AppDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Stale;
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            return SaveOutcome.Duplicate;
        }
    }

    public static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
