using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>
/// Revises the amount of an appropriation (e.g. after a supplementary budget); municipality and year stay. Lowering
/// below what the year's decisions already commit is refused.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<AppropriationAmountFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public AppropriationAmountFields Input { get; set; } = new();

    public Appropriation Appropriation { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    /// <summary>What the year's decisions commit: the lowest amount the appropriation can be revised to.</summary>
    public decimal Committed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Appropriations.FindAsync(id) is not { } appropriation)
        {
            return NotFound();
        }

        await ShowAsync(appropriation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Appropriations.FindAsync(id) is not { } appropriation)
        {
            return NotFound();
        }

        Appropriation = appropriation;
        MunicipalityName = await NameOfAsync(appropriation.MunicipalityId);
        Committed = await DecisionApproval.CommittedAsync(db, appropriation.MunicipalityId, appropriation.Year);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var before = appropriation.Amount;

        // The same lock approvals take (DecisionApproval): while this transaction holds the row, no approval can
        // commit against it, so the committed sum read here stays true until the lowered amount is saved.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database
            .SqlQuery<int>($"SELECT id AS \"Value\" FROM kuntalisa_appropriations WHERE id = {id} FOR UPDATE")
            .ToListAsync();
        Committed = await DecisionApproval.CommittedAsync(db, appropriation.MunicipalityId, appropriation.Year);
        try
        {
            appropriation.Revise(AppropriationAmount.Parse(Input.Amount), Committed);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, "Input.Amount");
            return Page();
        }

        audit.Record(
            AuditAction.Update,
            "Appropriation",
            id.ToString(CultureInfo.InvariantCulture),
            reason: string.Create(CultureInfo.InvariantCulture, $"municipality {appropriation.MunicipalityId} year {appropriation.Year} amount {before} -> {appropriation.Amount}"));
        var result = await this.SaveAsync(
            db,
            t,
            appropriation,
            Input.Version,
            t["Admin.Appropriations.Saved", MunicipalityName, appropriation.Year, Formats.Euros(appropriation.Amount)].Value,
            "/Admin/Appropriations/Index",
            ShowAsync);
        if (result is not RedirectToPageResult)
        {
            return result;
        }

        await transaction.CommitAsync();
        return RedirectToPage("/Admin/Appropriations/Index", new { year = appropriation.Year });
    }

    private async Task ShowAsync(Appropriation appropriation)
    {
        Appropriation = appropriation;
        MunicipalityName = await NameOfAsync(appropriation.MunicipalityId);
        Committed = await DecisionApproval.CommittedAsync(db, appropriation.MunicipalityId, appropriation.Year);
        Input = new AppropriationAmountFields { Amount = FinnishDecimal.ForInput(appropriation.Amount), Version = RowVersion.Of(db, appropriation) };
    }

    private async Task<string> NameOfAsync(int municipalityId) =>
        (await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == municipalityId)).Name(CultureInfo.CurrentUICulture);
}
