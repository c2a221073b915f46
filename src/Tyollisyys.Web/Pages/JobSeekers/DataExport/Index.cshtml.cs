using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>
/// The data-subject export (rekisteriote; GDPR art. 15, domain.md §8): everything the register holds on one client and
/// who has viewed or changed it, as a printable page in Finnish or Swedish (<c>?lang=sv</c>) or as a JSON file
/// (<c>?handler=Json</c>). It holds health-marked entries, so only the staff who may see the client's sensitive data
/// may produce it: the client's own counsellor and managers (<see cref="ClientAccess.MaySeeSensitive"/>). Another
/// counsellor of the office gets 403, another office's counsellor 404, both audited as denials. The export is audited
/// and saved before anything is read, so the access log it shows ends with the export itself.
/// </summary>
public sealed class DataExportModel(AppDbContext db, AuditLog audit, StringTables tables, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Finnish and Swedish letters as themselves; the file is UTF-8 and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public DataSubjectExport Export { get; private set; } = null!;

    public FixedLanguageLocalizer Strings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, string? lang, CancellationToken cancellationToken)
    {
        var language = lang == "sv" ? "sv" : "fi";
        if (await ProduceAsync(id, "data-subject-export-html-" + language, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Strings = new FixedLanguageLocalizer(tables, language);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(long id, CancellationToken cancellationToken)
    {
        if (await ProduceAsync(id, "data-subject-export-json", cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var person = Export.Person;
        var fileName = string.Create(CultureInfo.InvariantCulture, $"rekisteriote-{person.CustomerNumber}-{Formats.FinnishDate(Export.ProducedAt):yyyy-MM-dd}.json");
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(Export, Json), "application/json; charset=utf-8", fileName);
    }

    public static string PathOf(long clientId) => string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{clientId}/DataExport");

    /// <summary>Checks who asks, audits the export, then loads it; a refusal is the result to answer with.</summary>
    private async Task<IActionResult?> ProduceAsync(long id, string form, CancellationToken cancellationToken)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        if (!User.MaySeeSensitive(client.CounsellorId))
        {
            await audit.RecordAndSaveAsync(
                AuditAction.AccessDenied, "JobSeeker", client.IdText(), clientId: client.Id, outcome: AuditOutcome.Denied,
                reason: "data-subject-export-not-own-client", cancellationToken: cancellationToken);
            return Forbid();
        }

        var now = clock.GetUtcNow();
        await audit.RecordAndSaveAsync(AuditAction.Export, "JobSeeker", client.IdText(), clientId: client.Id, reason: form, cancellationToken: cancellationToken);
        Export = await new DataSubjectExportLoader(db).LoadAsync(client, User.UserId()!.Value, now, cancellationToken);
        return null;
    }
}
