using System.Globalization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// The organiser's written feedback at the end of a trial: four scores 1 (weak) – 5 (excellent), whether the
/// organiser recommends the person for the field, and free text. Recorded with
/// <see cref="WorkTrialAgreement.RecordFeedback"/>; optional for completing the trial.
/// </summary>
public sealed record EmployerFeedback
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int FreeTextMaxLength = 4000;

    public EmployerFeedback(DateOnly givenOn, int attendance, int workSkills, int socialSkills, int suitability, bool recommends, string? freeText)
    {
        CheckScore(attendance, nameof(Attendance));
        CheckScore(workSkills, nameof(WorkSkills));
        CheckScore(socialSkills, nameof(SocialSkills));
        CheckScore(suitability, nameof(Suitability));
        GivenOn = givenOn;
        Attendance = attendance;
        WorkSkills = workSkills;
        SocialSkills = socialSkills;
        Suitability = suitability;
        Recommends = recommends;
        FreeText = Text.Optional(freeText, FreeTextMaxLength, "Feedback text");
    }

    public DateOnly GivenOn { get; }

    public int Attendance { get; }

    public int WorkSkills { get; }

    public int SocialSkills { get; }

    /// <summary>Suitability for the field.</summary>
    public int Suitability { get; }

    public bool Recommends { get; }

    public string? FreeText { get; }

    private static void CheckScore(int score, string field)
    {
        if (score is < MinScore or > MaxScore)
        {
            throw new DomainException(
                "WorkTrials.Feedback.InvalidScore",
                string.Create(CultureInfo.InvariantCulture, $"{field} is scored {MinScore}–{MaxScore} (got {score})."),
                field,
                MinScore,
                MaxScore,
                score);
        }
    }
}
