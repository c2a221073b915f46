using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Audit;

/// <summary>
/// The audit trail, newest first, with keyset paging on (occurred_at, id). Filters come as text and are
/// parsed here, so a mistyped date or client id is a Finnish message rather than a model-binding error.
/// Looking at the log is itself logged.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    /// <summary>The key of the previous page's last row; empty on the first page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public List<AuditRow> Rows { get; private set; } = [];

    public string? NextPageUrl { get; private set; }

    public bool Filtered => new[] { UserName, Action, Outcome, From, To, ClientId }.Any(f => !string.IsNullOrWhiteSpace(f));

    public async Task OnGetAsync()
    {
        var action = ParseEnum<AuditAction>(Action, "action");
        var outcome = ParseEnum<AuditOutcome>(Outcome, "outcome");
        var from = ParseDate(From, "from");
        var to = ParseDate(To, "to");
        long? clientId = null;
        if (!string.IsNullOrWhiteSpace(ClientId))
        {
            if (long.TryParse(ClientId.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                clientId = id;
            }
            else
            {
                ModelState.AddModelError("clientId", t["Admin.Audit.ClientIdInvalid"]);
            }
        }

        if (from is not null && to is not null && to < from)
        {
            ModelState.AddModelError("to", t["Admin.Audit.DateRangeInvalid"]);
        }

        await audit.RecordAndSaveAsync(AuditAction.View, "AuditLog", reason: Describe());
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var pattern = LikePattern.StartsWith(UserName.Trim());
            query = query.Where(e => e.UserName != null && EF.Functions.ILike(e.UserName, pattern, LikePattern.Escape));
        }

        if (action is { } a)
        {
            query = query.Where(e => e.Action == a);
        }

        if (outcome is { } o)
        {
            query = query.Where(e => e.Outcome == o);
        }

        if (from is { } fromDate)
        {
            var start = Formats.StartOfFinnishDay(fromDate).ToUniversalTime();
            query = query.Where(e => e.OccurredAt >= start);
        }

        if (to is { } toDate)
        {
            var end = Formats.StartOfFinnishDay(toDate.AddDays(1)).ToUniversalTime();
            query = query.Where(e => e.OccurredAt < end);
        }

        if (clientId is { } client)
        {
            query = query.Where(e => e.ClientId == client);
        }

        if (AuditCursor.Parse(After) is { } cursor)
        {
            var at = cursor.OccurredAt;
            query = query.Where(e => e.OccurredAt < at || (e.OccurredAt == at && e.Id < cursor.Id));
        }

        Rows = await query
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(PageSize + 1)
            .Select(e => new AuditRow(
                e.Id, e.OccurredAt, e.UserName, e.Roles, e.Action, e.RecordType, e.RecordId, e.ClientId,
                e.Outcome, e.Reason, e.CorrelationId, e.IpAddress))
            .ToListAsync();
        if (Rows.Count > PageSize)
        {
            Rows.RemoveAt(PageSize);
            var last = Rows[^1];
            NextPageUrl = Url.Page("/Admin/Audit/Index", new
            {
                user = UserName,
                action = Action,
                outcome = Outcome,
                from = From,
                to = To,
                clientId = ClientId,
                after = new AuditCursor(last.OccurredAt, last.Id).ToString(),
            });
        }
    }

    private TEnum? ParseEnum<TEnum>(string? text, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        ModelState.AddModelError(field, t["Admin.Audit.FilterInvalid"]);
        return null;
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // input type=date sends yyyy-MM-dd; people typing by hand write d.M.yyyy.
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, t["Admin.Audit.DateInvalid"]);
        return null;
    }

    private string Describe()
    {
        var filters = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add($"{name}={value.Trim()}");
            }
        }

        Add("user", UserName);
        Add("action", Action);
        Add("outcome", Outcome);
        Add("from", From);
        Add("to", To);
        Add("client", ClientId);
        Add("after", After);
        return filters.Count == 0 ? "browse" : string.Join("; ", filters);
    }

    public sealed record AuditRow(
        long Id,
        DateTimeOffset OccurredAt,
        string? UserName,
        string? Roles,
        AuditAction Action,
        string? RecordType,
        string? RecordId,
        long? ClientId,
        AuditOutcome Outcome,
        string? Reason,
        string? CorrelationId,
        string? IpAddress);
}
