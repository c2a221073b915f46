using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Journal;

/// <summary>
/// Asiakaskertomus: one version of a dated journal entry about a client. Entries are never edited in place:
/// <see cref="Correct"/> makes the next version of the same series, and the highest version is the current
/// text. An entry marked <see cref="ContainsHealthInformation"/> shows its text only to the client's own
/// counsellor and to managers (the web layer applies that rule).
/// </summary>
public sealed class JournalEntry
{
    /// <summary>A sane ceiling for one entry's text (about 40 printed pages), not an artificial limit.</summary>
    public const int MaxTextLength = 100_000;

    public const int MaxCorrectionReasonLength = 1000;

    /// <summary>Entries dated before this are typing mistakes, not history.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    private JournalEntry()
    {
        Text = string.Empty;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    /// <summary>Shared by every version of one entry.</summary>
    public Guid SeriesId { get; private set; }

    /// <summary>1 for the original; each correction adds one.</summary>
    public int Version { get; private set; }

    public JournalEntryType Type { get; private set; }

    public ContactChannel? Channel { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Text { get; private set; }

    public bool ContainsHealthInformation { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Why this version replaced the previous one; null on version 1.</summary>
    public string? CorrectionReason { get; private set; }

    public bool IsCorrected => Version > 1;

    public static JournalEntry Record(
        long jobSeekerId,
        JournalEntryType type,
        ContactChannel? channel,
        DateOnly occurredOn,
        string text,
        bool containsHealthInformation,
        Guid authorId,
        DateTimeOffset recordedAt,
        DateOnly today)
    {
        var entry = new JournalEntry
        {
            JobSeekerId = jobSeekerId,
            SeriesId = Guid.NewGuid(),
            Version = 1,
            AuthorId = authorId,
            RecordedAt = recordedAt,
        };
        entry.Apply(type, channel, occurredOn, text, containsHealthInformation, today);
        return entry;
    }

    /// <summary>The next version of this entry; this version stays as it is.</summary>
    public JournalEntry Correct(
        JournalEntryType type,
        ContactChannel? channel,
        DateOnly occurredOn,
        string text,
        bool containsHealthInformation,
        string correctionReason,
        Guid authorId,
        DateTimeOffset recordedAt,
        DateOnly today)
    {
        var correction = new JournalEntry
        {
            JobSeekerId = JobSeekerId,
            SeriesId = SeriesId,
            Version = Version + 1,
            AuthorId = authorId,
            RecordedAt = recordedAt,
            CorrectionReason = Guard.RequiredText(correctionReason, MaxCorrectionReasonLength, "Journal.CorrectionReasonRequired", nameof(correctionReason)),
        };
        correction.Apply(type, channel, occurredOn, text, containsHealthInformation, today);
        return correction;
    }

    private void Apply(JournalEntryType type, ContactChannel? channel, DateOnly occurredOn, string text, bool containsHealthInformation, DateOnly today)
    {
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("Journal.TypeInvalid", "Unknown journal entry type.");
        }

        if (channel is { } given && !Enum.IsDefined(given))
        {
            throw new DomainException("Journal.ChannelInvalid", "Unknown contact channel.");
        }

        if (occurredOn > today)
        {
            throw new DomainException("Journal.DateInFuture", "A journal entry cannot be dated in the future.");
        }

        if (occurredOn < EarliestDate)
        {
            throw new DomainException("Journal.DateTooOld", "A journal entry cannot be dated before 1.1.2000.", EarliestDate);
        }

        Type = type;
        Channel = ChannelFor(type, channel);
        OccurredOn = occurredOn;
        Text = Guard.RequiredText(text, MaxTextLength, "Journal.TextRequired", nameof(text));
        ContainsHealthInformation = containsHealthInformation;
    }

    private static ContactChannel? ChannelFor(JournalEntryType type, ContactChannel? channel) => type switch
    {
        JournalEntryType.PhoneCall when channel is null or ContactChannel.Phone => ContactChannel.Phone,
        JournalEntryType.PhoneCall => throw new DomainException("Journal.PhoneCallChannel", "A phone call is held by phone."),
        JournalEntryType.Message or JournalEntryType.Note when channel is not null =>
            throw new DomainException("Journal.ChannelNotAllowed", "A message or a note has no contact channel."),
        JournalEntryType.Message or JournalEntryType.Note => null,
        _ when channel is null => throw new DomainException("Journal.ChannelRequired", "A meeting needs its contact channel."),
        _ => channel,
    };
}
