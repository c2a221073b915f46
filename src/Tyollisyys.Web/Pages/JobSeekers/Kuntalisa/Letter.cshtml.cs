using Microsoft.AspNetCore.Mvc;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Pdf;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// The decision letter to the employer, in Finnish or Swedish (the employer's letter language unless asked), as an
/// HTML print view and, with <c>?handler=Pdf</c>, as a PDF printed from the same view. Only decided decisions have
/// one. Names the job-seeker by customer number, never by identity code. Every print is audited.
/// </summary>
public sealed class LetterModel(AppDbContext db, AuditLog audit, StringTables tables, PrintStyles printStyles, TimeProvider clock)
    : DecisionPageModel(db, audit)
{
    /// <summary>The strings of the letter's language.</summary>
    public FixedLanguageLocalizer Strings { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    public string DeciderName { get; private set; } = string.Empty;

    public IReadOnlyList<LetterMonth> Schedule { get; private set; } = [];

    public IReadOnlyList<LetterPredicate> Predicates { get; private set; } = [];

    public string AppealBody { get; private set; } = string.Empty;

    public DateOnly PrintedOn { get; private set; }

    public Task<IActionResult> OnGetAsync(long id, long decisionId, string? lang) => PrintAsync(id, decisionId, lang, pdf: false);

    public Task<IActionResult> OnGetPdfAsync(long id, long decisionId, string? lang) => PrintAsync(id, decisionId, lang, pdf: true);

    private async Task<IActionResult> PrintAsync(long id, long decisionId, string? lang, bool pdf)
    {
        if (!await FindAsync(id, decisionId) || !DecisionLetter.Exists(Decision))
        {
            return NotFound();
        }

        var language = lang is "fi" or "sv" ? lang : Employer.Language == LetterLanguage.Swedish ? "sv" : "fi";
        Strings = new FixedLanguageLocalizer(tables, language);
        var names = await DecisionNames.LoadAsync(Db, Decision);
        MunicipalityName = language == "sv" ? names.MunicipalitySv : names.MunicipalityFi;
        DeciderName = names.Decider ?? string.Empty;
        Schedule = DecisionLetter.Schedule(Decision);
        var eligibility = EligibilityCheck.Evaluate(Rule, DecisionFacts.ApplicationFor(Decision, Client, Employer.Type));
        var predicates = DecisionLetter.Predicates(eligibility, Strings);

        // A grant rests on the predicates that were met; a rejection explains each one, met or not.
        Predicates = Decision.Status == KuntalisaDecisionStatus.Rejected ? predicates : [.. predicates.Where(p => p.Passes)];
        AppealBody = DecisionLetter.AppealBody(Rule.CouncilDecision);
        PrintedOn = clock.FinnishToday();

        await RecordViewAsync((pdf ? "kuntalisa-letter-pdf-" : "kuntalisa-letter-") + language, AuditAction.Print);
        if (!pdf)
        {
            return Page();
        }

        ViewData[PdfPageResult.InlineStylesKey] = printStyles.Css;
        return new PdfPageResult(Page(), DecisionLetter.FileName(Decision));
    }
}
