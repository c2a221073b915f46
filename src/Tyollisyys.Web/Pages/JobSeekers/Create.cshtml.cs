using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.Configurations;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>Registers a new job-seeker with their first spell; a Counsellor for themself, a Manager for a chosen counsellor.</summary>
public sealed class CreateModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<CreateModel.Registration> validator,
    IValidator<PersonDetailsInput> detailsValidator,
    IStringLocalizer<SharedResource> t) : PageModel, IPersonDetailsForm
{
    [BindProperty]
    public Registration Input { get; set; } = new();

    [BindProperty]
    public PersonDetailsInput Details { get; set; } = new();

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Counsellors { get; private set; } = [];

    /// <summary>The creator becomes the client's counsellor, so they may see (and record) the sensitive facts.</summary>
    public bool MaySeeSensitive => true;

    public bool ChoosesCounsellor => User.IsInRole(Roles.Manager);

    /// <summary>Set when the identity code is already registered and the user may open that client.</summary>
    public long? DuplicateClientId { get; private set; }

    public async Task OnGetAsync()
    {
        Input.SpellStart = clock.FinnishToday();
        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Binding's own messages are English and repeat the validators'; the validators are the one source.
        ModelState.Clear();
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        valid &= detailsValidator.Validate(Details).IsValidInto(ModelState, nameof(Details));
        await LoadOptionsAsync();
        if (!valid || !OptionsChosen(out var counsellorId))
        {
            return Page();
        }

        var code = PersonalIdentityCode.Parse(Input.IdentityCode);
        if (await RefuseDuplicateAsync(code))
        {
            return Page();
        }

        var counsellor = await db.CounsellorAsync(counsellorId);
        try
        {
            var customerNumber = await db.Database.SqlQueryRaw<long>($"SELECT nextval('{JobSeekerConfiguration.CustomerNumbers}') AS \"Value\"").SingleAsync();
            var client = JobSeeker.Register(
                code,
                customerNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Details.ToDetails(),
                counsellorId,
                counsellor!.OfficeId,
                Input.SpellStart!.Value,
                Input.Status!.Value,
                clock.GetUtcNow());

            // The id comes from the insert, and the audit row needs it: both in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.JobSeekers.Add(client);
            await db.SaveChangesAsync();
            audit.Record(AuditAction.Create, "JobSeeker", client.IdText(), clientId: client.Id);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();

            TempData["Status"] = t["Client.Create.Done", client.FullName].Value;
            return RedirectToPage("/JobSeekers/Card", new { id = client.Id });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, t.Message(ex));
            return Page();
        }
        catch (DbUpdateException ex) when (RowVersion.IsUniqueViolation(ex))
        {
            // Someone registered the same code between our check and our insert.
            db.ChangeTracker.Clear();
            await RefuseDuplicateAsync(code);
            return Page();
        }
    }

    private async Task<bool> RefuseDuplicateAsync(PersonalIdentityCode code)
    {
        var existing = await db.JobSeekers.AsNoTracking().Where(j => j.IdentityCode == code.Value).Select(j => (long?)j.Id).FirstOrDefaultAsync();
        if (existing is null)
        {
            return false;
        }

        // The link only when the user may open the client; never a hint of where the client is served.
        DuplicateClientId = await db.JobSeekers.VisibleTo(User).AnyAsync(j => j.Id == existing) ? existing : null;
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Registration.IdentityCode)}", t["Client.Create.Duplicate"]);
        return true;
    }

    /// <summary>The chosen municipality and counsellor must be ones the form offered.</summary>
    private bool OptionsChosen(out Guid counsellorId)
    {
        var ok = true;
        var municipality = Details.HomeMunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Municipalities.All(m => m.Value != municipality))
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonDetailsInput.HomeMunicipalityId)}", t["Client.Validation.Municipality"]);
            ok = false;
        }

        counsellorId = ChoosesCounsellor ? Input.CounsellorId ?? Guid.Empty : User.UserId() ?? Guid.Empty;
        var chosen = counsellorId.ToString();
        if (Counsellors.All(c => c.Value != chosen))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Registration.CounsellorId)}", t["Client.Validation.Counsellor"]);
            ok = false;
        }

        return ok;
    }

    private async Task LoadOptionsAsync()
    {
        Municipalities = await db.MunicipalitiesAsync();
        var counsellors = ChoosesCounsellor
            ? await db.ActiveCounsellorsAsync()
            : [.. (await db.ActiveCounsellorsAsync(User.OfficeId())).Where(c => c.Id == User.UserId())];
        Counsellors = FormOptions.CounsellorItems(counsellors);
    }

    /// <summary>What only registration asks: the identity code, the first spell and (for a Manager) the counsellor.</summary>
    public sealed class Registration
    {
        public string? IdentityCode { get; set; }

        public DateOnly? SpellStart { get; set; }

        public JobSearchStatus? Status { get; set; } = JobSearchStatus.Unemployed;

        public Guid? CounsellorId { get; set; }
    }

    public sealed class RegistrationValidator : AbstractValidator<Registration>
    {
        public RegistrationValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
        {
            RuleFor(r => r.IdentityCode).Custom((value, context) =>
            {
                if (!PersonalIdentityCode.TryParse(value, out _, out var errorKey))
                {
                    context.AddFailure(t[errorKey]);
                }
            });
            RuleFor(r => r.SpellStart).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Client.Validation.SpellStartRequired"])
                .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Client.Validation.DateInFuture"]);
            RuleFor(r => r.Status).NotNull().WithMessage(_ => t["Client.Validation.Status"])
                .IsInEnum().WithMessage(_ => t["Client.Validation.Status"]);
        }
    }
}
