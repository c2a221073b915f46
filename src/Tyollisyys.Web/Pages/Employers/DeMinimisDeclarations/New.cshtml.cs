using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Employers.DeMinimisDeclarations;

/// <summary>
/// Records one line of the employer's de minimis declaration. The domain accepts a declaration that takes the
/// rolling total over the ceiling (it states aid already received, which the register must know), so this page
/// accepts it too and warns: the ceiling limits further aid, it does not make the declaration untrue.
/// </summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, TimeProvider clock, IValidator<NewModel.DeclarationFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public DeclarationFields Input { get; set; } = new();

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public DateOnly Today { get; private set; }

    public decimal TotalToday { get; private set; }

    public decimal HeadroomToday { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is null)
        {
            return NotFound();
        }

        Input.DeclaredOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (await LoadAsync(id) is not { } employer)
        {
            return NotFound();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)) || !EuroInput.TryParse(Input.Amount, out var amount))
        {
            return Page();
        }

        var aidDate = Input.AidDate!.Value;
        try
        {
            var key = employer.DeclareDeMinimis(Input.DeclaredOn!.Value, amount, Input.GrantingBody!, aidDate);
            audit.Record(AuditAction.Update, EmployerChanges.RecordType, EmployerChanges.RecordId(id), reason: $"de-minimis-declared: {key}");
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        TempData["Status"] = OverCeilingWhileCounting(employer.DeMinimis, employer.DeMinimisDeclarations, aidDate, Today)
            ? t["Employers.DeMinimis.SavedOverCeiling", Formats.Euros(DeMinimis.Ceiling)].Value
            : t["Employers.DeMinimis.Saved"].Value;
        return RedirectToPage("/Employers/Details", null, new { id }, "de-minimis");
    }

    /// <summary>
    /// Whether the total passes the ceiling on some day while aid of <paramref name="aidDate"/> counts. The total
    /// only rises on an aid date, so it is enough to look at those (and today) inside the aid's three years.
    /// </summary>
    public static bool OverCeilingWhileCounting(DeMinimis deMinimis, IEnumerable<DeMinimisDeclaration> declarations, DateOnly aidDate, DateOnly today) =>
        declarations.Select(d => d.AidDate).Append(today)
            .Where(day => day >= aidDate && DeMinimis.WindowStart(day) <= aidDate)
            .Any(day => deMinimis.TotalOn(day) > DeMinimis.Ceiling);

    private async Task<Employer?> LoadAsync(int id)
    {
        var employer = await db.Employers.Include(e => e.DeMinimisDeclarations).SingleOrDefaultAsync(e => e.Id == id);
        if (employer is null)
        {
            return null;
        }

        EmployerId = employer.Id;
        EmployerName = employer.Name;
        Today = clock.FinnishToday();
        TotalToday = employer.DeMinimis.TotalOn(Today);
        HeadroomToday = employer.DeMinimis.Headroom(Today);
        return employer;
    }

    /// <summary>The form as typed: the amount stays text, so "12 500,50" comes back as the user wrote it.</summary>
    public sealed class DeclarationFields
    {
        public DateOnly? DeclaredOn { get; set; }

        public string? Amount { get; set; }

        public string? GrantingBody { get; set; }

        public DateOnly? AidDate { get; set; }
    }

    public sealed class DeclarationFieldsValidator : AbstractValidator<DeclarationFields>
    {
        public DeclarationFieldsValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
        {
            RuleFor(d => d.DeclaredOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => t["Employers.Validation.DeclaredOnRequired"])
                .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Employers.Validation.DeclaredOnInFuture"]);
            RuleFor(d => d.Amount).Cascade(CascadeMode.Stop)
                .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage(_ => t["Employers.Validation.AmountRequired"])
                .Must(a => EuroInput.TryParse(a, out _)).WithMessage(_ => t["Employers.Validation.AmountFormat"])
                .Must(a => EuroInput.TryParse(a, out var euros) && euros > 0m && euros <= DeMinimis.Ceiling)
                .WithMessage(_ => t["Employers.DeMinimisAmountInvalid", DeMinimis.Ceiling.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fi-FI"))]);
            RuleFor(d => d.GrantingBody).Cascade(CascadeMode.Stop)
                .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage(_ => t["Employers.DeMinimisGrantingBodyRequired"])
                .MaximumLength(DeMinimisDeclaration.GrantingBodyMaxLength).WithMessage(_ => t["Validation.TooLong", DeMinimisDeclaration.GrantingBodyMaxLength]);
            RuleFor(d => d.AidDate).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => t["Employers.Validation.AidDateRequired"])
                .Must((d, aid) => d.DeclaredOn is null || aid <= d.DeclaredOn).WithMessage(_ => t["Employers.DeMinimisAidAfterDeclaration"]);
        }
    }
}
