using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// Moves a client to another counsellor (and so to that counsellor's office): a Manager anywhere in the area,
/// a Counsellor within their own office. The form itself is the confirmation: it shows from whom to whom.
/// </summary>
public sealed class ReassignModel(
    AppDbContext db,
    AuditLog audit,
    IValidator<ReassignModel.Reassignment> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Reassignment Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public CounsellorOption? From { get; private set; }

    public IReadOnlyList<SelectListItem> Counsellors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "reassign-form") is not { } client)
        {
            return NotFound();
        }

        await ShowAsync(client);
        Input.Version = RowVersion.Of(db, client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "reassign-form") is not { } client)
        {
            return NotFound();
        }

        var choices = await ShowAsync(client);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        // The list offered only allowed counsellors; a posted id outside it is refused by the same rule.
        var target = await db.CounsellorAsync(Input.CounsellorId!.Value);
        if (target is null || choices.All(c => c.Id != target.Id) || !User.MayReassignTo(client.OfficeId, target.OfficeId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Reassignment.CounsellorId)}", t["Client.Reassign.NotAllowed"]);
            return Page();
        }

        try
        {
            RowVersion.Expect(db, client, Input.Version);
            client.AssignTo(target.Id, target.OfficeId);
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: Input.AuditReason);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            if (await db.AfterConflictAsync(audit, User, id, "reassigned") is not { } current)
            {
                return NotFound();
            }

            await ShowAsync(current);
            Input.Version = RowVersion.Of(db, current);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Client.Reassign.Done", target.DisplayName].Value;
        // A Counsellor who moved a client away from their office can no longer open the card.
        return User.MaySee(target.OfficeId) ? RedirectToPage("/JobSeekers/Card", new { id }) : Redirect("/");
    }

    /// <summary>Everyone this user may hand the client to, except the current counsellor.</summary>
    private async Task<IReadOnlyList<CounsellorOption>> ShowAsync(JobSeeker client)
    {
        Client = client;
        From = await db.CounsellorAsync(client.CounsellorId);
        var all = await db.ActiveCounsellorsAsync(User.IsInRole(Roles.Manager) ? null : User.OfficeId());
        var choices = all.Where(c => c.Id != client.CounsellorId && User.MayReassignTo(client.OfficeId, c.OfficeId)).ToList();
        Counsellors = FormOptions.CounsellorItems(choices);
        return choices;
    }

    public sealed class Reassignment
    {
        public Guid? CounsellorId { get; set; }

        public string? Reason { get; set; }

        public uint Version { get; set; }

        /// <summary>What the audit row of each client moved says: the move and its reason.</summary>
        public string AuditReason => $"reassigned: {Reason?.Trim()}";
    }

    public sealed class ReassignmentValidator : AbstractValidator<Reassignment>
    {
        public ReassignmentValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(r => r.CounsellorId).NotNull().WithMessage(_ => t["Client.Validation.Counsellor"]);
            RuleFor(r => r.Reason).NotEmpty().WithMessage(_ => t["Client.Validation.ReassignReason"])
                .MaximumLength(500).WithMessage(_ => t["Validation.TooLong", 500]);
        }
    }
}
