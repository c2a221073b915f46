namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>The model of <c>_LetterLinks</c>: which decision's letter to link. Render it only for a decided decision (<see cref="DecisionLetter.Exists"/>).</summary>
public sealed record LetterLinks(long ClientId, long DecisionId);
