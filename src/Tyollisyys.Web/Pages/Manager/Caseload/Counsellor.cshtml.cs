using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.JobSeekers;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>
/// The drill-down of the caseload review: one counsellor's clients, paged, with the bulk reassignment. The manager
/// ticks clients (or all on the page), chooses the new counsellor and gives the reason (the single-client form's
/// fields and validator), sees the move once more to confirm it, and then every client moves in one transaction.
/// </summary>
public sealed class CounsellorModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<ReassignModel.Reassignment> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private bool _loaded;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>"Select all on this page": the list is shown with every box ticked.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public List<long> Selected { get; set; } = [];

    /// <summary>The row version of each client as the list showed it, by client id.</summary>
    [BindProperty]
    public Dictionary<long, uint> Versions { get; set; } = [];

    [BindProperty]
    public ReassignModel.Reassignment Input { get; set; } = new();

    public CounsellorOption Counsellor { get; private set; } = null!;

    public CounsellorClientsPage Clients { get; private set; } = new(0, 1, 1, []);

    public IReadOnlyList<SelectListItem> Targets { get; private set; } = [];

    /// <summary>Set when the move is to be confirmed: the chosen clients and where they go.</summary>
    public IReadOnlyList<CounsellorClientRow>? Confirming { get; private set; }

    public CounsellorOption? Target { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid counsellorId, CancellationToken cancellationToken)
    {
        if (!await ShowListAsync(counsellorId, cancellationToken))
        {
            return NotFound();
        }

        if (All)
        {
            Selected = [.. Clients.Rows.Select(r => r.Id)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid counsellorId, CancellationToken cancellationToken)
    {
        var choices = await LoadChoicesAsync(counsellorId);
        if (choices is null)
        {
            return NotFound();
        }

        if (!Validate(choices))
        {
            return await ShowListAsync(counsellorId, cancellationToken) ? Page() : NotFound();
        }

        Confirming = await CounsellorClientsQuery.ChosenAsync(db, User, counsellorId, [.. Selected], cancellationToken);
        await audit.RecordAndSaveAsync(
            AuditAction.View, "Caseload", reason: $"bulk-reassign confirmation: {Confirming.Count} clients of {counsellorId}", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid counsellorId, CancellationToken cancellationToken)
    {
        var choices = await LoadChoicesAsync(counsellorId);
        if (choices is null)
        {
            return NotFound();
        }

        if (Validate(choices))
        {
            var versions = Selected.Distinct().ToDictionary(id => id, id => Versions[id]);
            var outcome = await BulkReassignment.MoveAsync(db, audit, User, counsellorId, Target!, versions, Input.AuditReason, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = t["CaseloadReview.Move.Done", outcome.Moved, Target!.DisplayName].Value;
                return RedirectToPage(new { counsellorId, p = PageNumber == 1 ? (int?)null : PageNumber });
            }

            ModelState.AddModelError(
                outcome.NotAllowed ? $"{nameof(Input)}.{nameof(Input.CounsellorId)}" : string.Empty,
                outcome.NotAllowed ? t["Client.Reassign.NotAllowed"]
                    : outcome.ChangedMeanwhile.Count > 0 ? t["CaseloadReview.Move.ChangedMeanwhile", string.Join(", ", outcome.ChangedMeanwhile)]
                    : t["Error.Concurrency"]);
            // The list shows the clients as they are now: the manager chooses again knowingly.
            Selected = [];
        }

        return await ShowListAsync(counsellorId, cancellationToken) ? Page() : NotFound();
    }

    public string ListUrl(int pageNumber, bool all = false) =>
        Url.Page("/Manager/Caseload/Counsellor", new { counsellorId = Counsellor.Id, p = pageNumber == 1 ? (int?)null : pageNumber, all = all ? "true" : null })!;

    private bool Validate(IReadOnlyList<CounsellorOption> choices)
    {
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (Selected.Count == 0 || Selected.Any(id => !Versions.ContainsKey(id)))
        {
            ModelState.AddModelError(nameof(Selected), t["CaseloadReview.Move.NoneSelected"]);
            valid = false;
        }

        if (Input.CounsellorId is { } targetId)
        {
            Target = choices.FirstOrDefault(c => c.Id == targetId);
            if (Target is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CounsellorId)}", t["Client.Reassign.NotAllowed"]);
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>The counsellor and whom their clients may go to: every other active counsellor. Null when no such staff user.</summary>
    private async Task<IReadOnlyList<CounsellorOption>?> LoadChoicesAsync(Guid counsellorId)
    {
        Today = clock.FinnishToday();
        if (await db.CounsellorAsync(counsellorId) is not { } counsellor)
        {
            return null;
        }

        Counsellor = counsellor;
        _loaded = true;
        var choices = (await db.ActiveCounsellorsAsync()).Where(c => c.Id != counsellorId).ToList();
        Targets = FormOptions.CounsellorItems(choices);
        return choices;
    }

    private async Task<bool> ShowListAsync(Guid counsellorId, CancellationToken cancellationToken)
    {
        if (!_loaded && await LoadChoicesAsync(counsellorId) is null)
        {
            return false;
        }

        Clients = await CounsellorClientsQuery.RunAsync(db, User, counsellorId, PageNumber, cancellationToken);
        PageNumber = Clients.PageNumber;
        await audit.RecordAndSaveAsync(
            AuditAction.View,
            "Caseload",
            reason: $"caseload review: counsellor {counsellorId}, page {PageNumber}, rows {Clients.Rows.Count}",
            cancellationToken: cancellationToken);
        return true;
    }
}
