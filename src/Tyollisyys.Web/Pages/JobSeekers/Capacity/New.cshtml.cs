using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Capacity;

/// <summary>Records a new functional-capacity assessment: one rating (or "not assessed") per active domain.</summary>
public sealed class NewModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<CapacityInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CapacityInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    /// <summary>The active domains, in order; the form has one fieldset for each.</summary>
    public IReadOnlyList<CapacityDomainOption> Domains { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "capacity-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Domains = await CapacityQueries.DomainsAsync(db);
        Input.AssessedOn = clock.FinnishToday();
        Input.Ratings = [.. Domains.Select(d => new CapacityInput.RatingInput { DomainId = d.Id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "capacity-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Domains = await CapacityQueries.DomainsAsync(db);
        // Rows follow the form's domains; a domain deactivated meanwhile is dropped, one added meanwhile is offered empty.
        Input.Ratings = [.. Domains.Select(d => Input.Ratings.FirstOrDefault(r => r.DomainId == d.Id) ?? new CapacityInput.RatingInput { DomainId = d.Id })];
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(RatingsAreValid() && valid))
        {
            return Page();
        }

        FunctionalCapacityAssessment assessment;
        try
        {
            var ratings = Input.Ratings.Where(r => r.Rating is not null).Select(r => new CapacityRating(r.DomainId, r.Rating!.Value, r.Observation));
            assessment = FunctionalCapacityAssessment.Record(
                client.Id, Input.AssessedOn!.Value, Input.Summary, ratings, User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.CapacityAssessments.Add(assessment);
        await db.SaveChangesAsync();
        audit.Record(AuditAction.Create, "CapacityAssessment", assessment.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: "capacity-assessed");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData["Status"] = t["Capacity.New.Done"].Value;
        return RedirectToPage("/JobSeekers/Capacity/Index", new { id });
    }

    /// <summary>Each row on its own, named by its domain: a rating from 1 to 5, no observation without a rating, at least one rated.</summary>
    private bool RatingsAreValid()
    {
        var ok = true;
        for (var i = 0; i < Input.Ratings.Count; i++)
        {
            var row = Input.Ratings[i];
            var name = Domains[i].Name;
            if (row.Rating is { } rating && rating is < CapacityRating.Lowest or > CapacityRating.Highest)
            {
                ModelState.AddModelError($"Input.Ratings[{i}].Rating", t["Capacity.Validation.Rating", name]);
                ok = false;
            }

            if (row.Rating is null && !string.IsNullOrWhiteSpace(row.Observation))
            {
                ModelState.AddModelError($"Input.Ratings[{i}].Rating", t["Capacity.Validation.ObservationWithoutRating", name]);
                ok = false;
            }

            if (row.Observation?.Trim().Length > CapacityRating.MaxObservationLength)
            {
                ModelState.AddModelError($"Input.Ratings[{i}].Observation", t["Capacity.Validation.ObservationTooLong", name, CapacityRating.MaxObservationLength]);
                ok = false;
            }
        }

        if (Input.Ratings.All(r => r.Rating is null) && ok)
        {
            ModelState.AddModelError("Input.Ratings[0].Rating", t["Capacity.NoRatings"]);
            ok = false;
        }

        return ok;
    }
}
