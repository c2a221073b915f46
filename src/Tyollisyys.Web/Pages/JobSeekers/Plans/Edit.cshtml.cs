using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>
/// Agrees a new plan version. The form posts the version it was based on, and the new version is built on that
/// one: if someone saved meanwhile, the new version's number is already taken and the unique index refuses it
/// (whether the other save came minutes or milliseconds earlier), and the form is shown again with the input kept.
/// </summary>
public sealed class EditModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<PlanInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public IReadOnlyList<ServiceOffering> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "plan-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Input = PlanInput.For(await db.CurrentPlanAsync(id), clock.FinnishToday());
        await LoadServicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "plan-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        await LoadServicesAsync();
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(ServicesOffered() && valid))
        {
            return Page();
        }

        var basedOn = Input.BasedOnVersion > 0 ? await db.PlanVersionAsync(id, Input.BasedOnVersion) : null;
        if (Input.BasedOnVersion > 0 && basedOn is null)
        {
            return await RefusedAsStaleAsync(id);
        }

        EmploymentPlan plan;
        try
        {
            plan = EmploymentPlan.Agree(id, basedOn, Input.ToContent(), User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.EmploymentPlans.Add(plan);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException ex) when (RowVersion.IsUniqueViolation(ex))
            {
                await transaction.RollbackAsync();
                return await RefusedAsStaleAsync(id);
            }

            // The plan's id exists only after the insert; its audit row joins it in the same transaction.
            audit.Record(
                AuditAction.Create,
                PlanPageModel.RecordType,
                plan.Id.ToString(CultureInfo.InvariantCulture),
                clientId: id,
                reason: string.Create(CultureInfo.InvariantCulture, $"plan-version-{plan.Version}"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        TempData["Status"] = t["Plans.Saved", plan.Version].Value;
        return RedirectToPage("/JobSeekers/Plans/Index", new { id });
    }

    /// <summary>Someone saved a version meanwhile: nothing was saved; the input stays for the user to save again.</summary>
    private async Task<IActionResult> RefusedAsStaleAsync(long id)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAndSaveAsync(
            AuditAction.Create,
            PlanPageModel.RecordType,
            recordId: null,
            clientId: id,
            outcome: AuditOutcome.Failure,
            reason: "concurrency-conflict: plan-version");
        var current = await db.CurrentPlanAsync(id);
        ModelState.AddModelError(string.Empty, t["Plans.SavedMeanwhile", current?.Version ?? 0]);

        // Saving again is then a deliberate new version on top of the other user's, by someone who has seen it.
        Input.BasedOnVersion = current?.Version ?? 0;
        ModelState.Remove($"{nameof(Input)}.{nameof(PlanInput.BasedOnVersion)}");
        await LoadServicesAsync();
        return Page();
    }

    /// <summary>A row may name an active service, or keep one that the plan already named and that has since closed.</summary>
    private bool ServicesOffered()
    {
        var ok = true;
        for (var i = 0; i < Input.Actions.Count; i++)
        {
            var action = Input.Actions[i];
            if (!action.Remove && action.ServiceId is { } serviceId && Services.All(s => s.Id != serviceId))
            {
                ModelState.AddModelError($"Input.Actions[{i}].ServiceId", t["Plans.Validation.Service", i + 1]);
                ok = false;
            }
        }

        return ok;
    }

    private async Task LoadServicesAsync()
    {
        var basedOn = Input.BasedOnVersion > 0 ? await db.PlanVersionAsync(Client.Id, Input.BasedOnVersion) : null;
        Services = await db.SelectableServicesAsync(basedOn?.Actions.Select(a => a.ServiceId) ?? []);
    }
}
