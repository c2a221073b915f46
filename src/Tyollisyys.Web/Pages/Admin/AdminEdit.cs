using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin;

/// <summary>
/// The end of every admin edit: save under the row version the form was loaded with, then either return to the list
/// with a status message, or show the form again with what went wrong: a unique value taken meanwhile (the user's
/// input stays), or the record changed by someone else (nothing of this edit is saved; the form shows what the
/// record holds now, so the user can redo the change knowingly).
/// </summary>
public static class AdminEdit
{
    /// <summary><see cref="SaveAsync{TEntity}(PageModel, AppDbContext, IStringLocalizer{SharedResource}, TEntity, uint, string, string, Func{TEntity, Task}, ValueTuple{string, string}?, Func{Task}?)"/> for a form shown without reading the database.</summary>
    public static Task<IActionResult> SaveAsync<TEntity>(
        this PageModel page,
        AppDbContext db,
        IStringLocalizer<SharedResource> t,
        TEntity entity,
        uint version,
        string savedMessage,
        string listPage,
        Action<TEntity> showCurrent,
        (string Field, string Message)? duplicate = null)
        where TEntity : class =>
        page.SaveAsync(db, t, entity, version, savedMessage, listPage, current =>
        {
            showCurrent(current);
            return Task.CompletedTask;
        }, duplicate);

    public static async Task<IActionResult> SaveAsync<TEntity>(
        this PageModel page,
        AppDbContext db,
        IStringLocalizer<SharedResource> t,
        TEntity entity,
        uint version,
        string savedMessage,
        string listPage,
        Func<TEntity, Task> showCurrent,
        (string Field, string Message)? duplicate = null,
        Func<Task>? afterDuplicate = null)
        where TEntity : class
    {
        var entry = db.Entry(entity);
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
        RowVersion.Expect(db, entity, version);
        var outcome = await RowVersion.TrySaveAsync(db);
        if (outcome == SaveOutcome.Saved)
        {
            page.TempData["Status"] = savedMessage;
            return page.RedirectToPage(listPage);
        }

        db.ChangeTracker.Clear();
        if (outcome == SaveOutcome.Duplicate && duplicate is { } taken)
        {
            page.ModelState.AddModelError(taken.Field, taken.Message);
            if (afterDuplicate is not null)
            {
                await afterDuplicate();
            }

            return page.Page();
        }

        if (await db.Set<TEntity>().FindAsync(key) is not { } current)
        {
            return page.NotFound();
        }

        page.ModelState.Clear();
        page.ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
        await showCurrent(current);
        return page.Page();
    }
}
