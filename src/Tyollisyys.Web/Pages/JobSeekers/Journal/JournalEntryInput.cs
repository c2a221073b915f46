using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>The fields of a journal entry as the form posts them.</summary>
public class JournalEntryInput
{
    public JournalEntryType? Type { get; set; }

    /// <summary>Empty for a message or a note; a phone call may leave it empty.</summary>
    public ContactChannel? Channel { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Text { get; set; }

    public bool ContainsHealthInformation { get; set; }

    public static void CopyFrom(JournalEntryInput input, JournalEntry entry)
    {
        input.Type = entry.Type;
        input.Channel = entry.Channel;
        input.OccurredOn = entry.OccurredOn;
        input.Text = entry.Text;
        input.ContainsHealthInformation = entry.ContainsHealthInformation;
    }
}

/// <summary>A correction: the entry's fields, why it is corrected, and the version the form was based on.</summary>
public sealed class JournalCorrectionInput : JournalEntryInput
{
    public string? CorrectionReason { get; set; }

    public int BasedOnVersion { get; set; }
}

/// <summary>The shape of the input; the domain checks the channel rules and shows its own messages.</summary>
public sealed class JournalEntryInputValidator : AbstractValidator<JournalEntryInput>
{
    public JournalEntryInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(e => e.Type).NotNull().WithMessage(_ => t["Journal.Validation.Type"])
            .IsInEnum().WithMessage(_ => t["Journal.Validation.Type"]);
        RuleFor(e => e.Channel).IsInEnum().WithMessage(_ => t["Journal.Validation.Channel"]);
        RuleFor(e => e.OccurredOn).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Journal.Validation.Date"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Journal.DateInFuture"])
            .Must(d => d >= JournalEntry.EarliestDate).WithMessage(_ => t["Journal.DateTooOld", Formats.Date(JournalEntry.EarliestDate)]);
        RuleFor(e => e.Text).Cascade(CascadeMode.Stop)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage(_ => t["Journal.TextRequired"])
            .Must(text => text!.Trim().Length <= JournalEntry.MaxTextLength).WithMessage(_ => t["Validation.TooLong", JournalEntry.MaxTextLength]);
    }
}

public sealed class JournalCorrectionInputValidator : AbstractValidator<JournalCorrectionInput>
{
    public JournalCorrectionInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        Include(new JournalEntryInputValidator(t, clock));
        RuleFor(e => e.CorrectionReason).Cascade(CascadeMode.Stop)
            .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage(_ => t["Journal.CorrectionReasonRequired"])
            .Must(reason => reason!.Trim().Length <= JournalEntry.MaxCorrectionReasonLength)
            .WithMessage(_ => t["Validation.TooLong", JournalEntry.MaxCorrectionReasonLength]);
    }
}
