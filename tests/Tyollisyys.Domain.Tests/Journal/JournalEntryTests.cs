using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Journal;
using Xunit;

namespace Tyollisyys.Domain.Tests.Journal;

public sealed class JournalEntryTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Corrector = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static JournalEntry Record(
        JournalEntryType type = JournalEntryType.InitialInterview,
        ContactChannel? channel = ContactChannel.InPerson,
        DateOnly? occurredOn = null,
        string text = "Alkuhaastattelu pidetty.",
        bool health = false) =>
        JournalEntry.Record(42, type, channel, occurredOn ?? Today, text, health, Author, Now, Today);

    [Fact]
    public void A_recorded_entry_is_version_one_of_a_new_series_with_what_was_given()
    {
        var entry = Record(text: "  Sovittiin työkokeilusta.  ", health: true);

        Assert.Equal(42, entry.JobSeekerId);
        Assert.NotEqual(Guid.Empty, entry.SeriesId);
        Assert.Equal(1, entry.Version);
        Assert.False(entry.IsCorrected);
        Assert.Equal(JournalEntryType.InitialInterview, entry.Type);
        Assert.Equal(ContactChannel.InPerson, entry.Channel);
        Assert.Equal(Today, entry.OccurredOn);
        Assert.Equal("Sovittiin työkokeilusta.", entry.Text);
        Assert.True(entry.ContainsHealthInformation);
        Assert.Equal(Author, entry.AuthorId);
        Assert.Equal(Now, entry.RecordedAt);
        Assert.Null(entry.CorrectionReason);
    }

    [Fact]
    public void Two_entries_belong_to_different_series()
    {
        Assert.NotEqual(Record().SeriesId, Record().SeriesId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void An_entry_without_text_is_refused(string text)
    {
        var refusal = Assert.Throws<DomainException>(() => Record(text: text));

        Assert.Equal("Journal.TextRequired", refusal.MessageKey);
    }

    [Fact]
    public void A_long_text_is_kept_whole_up_to_the_sane_ceiling()
    {
        var text = new string('a', JournalEntry.MaxTextLength);

        Assert.Equal(JournalEntry.MaxTextLength, Record(text: text).Text.Length);
    }

    [Fact]
    public void A_text_beyond_the_sane_ceiling_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Record(text: new string('a', JournalEntry.MaxTextLength + 1)));

        Assert.Equal("Validation.TooLong", refusal.MessageKey);
    }

    [Fact]
    public void An_entry_dated_today_is_accepted_and_one_dated_tomorrow_is_refused()
    {
        Assert.Equal(Today, Record(occurredOn: Today).OccurredOn);

        var refusal = Assert.Throws<DomainException>(() => Record(occurredOn: Today.AddDays(1)));
        Assert.Equal("Journal.DateInFuture", refusal.MessageKey);
    }

    [Fact]
    public void An_entry_dated_before_the_year_2000_is_refused_and_1_1_2000_is_accepted()
    {
        Assert.Equal(new DateOnly(2000, 1, 1), Record(occurredOn: new DateOnly(2000, 1, 1)).OccurredOn);

        var refusal = Assert.Throws<DomainException>(() => Record(occurredOn: new DateOnly(1999, 12, 31)));
        Assert.Equal("Journal.DateTooOld", refusal.MessageKey);
    }

    [Theory]
    [InlineData(JournalEntryType.InitialInterview)]
    [InlineData(JournalEntryType.JobSearchConversation)]
    [InlineData(JournalEntryType.SupplementaryConversation)]
    [InlineData(JournalEntryType.OtherMeeting)]
    [InlineData(JournalEntryType.TypScreening)]
    public void A_meeting_needs_its_channel(JournalEntryType type)
    {
        var refusal = Assert.Throws<DomainException>(() => Record(type, channel: null));

        Assert.Equal("Journal.ChannelRequired", refusal.MessageKey);
    }

    [Theory]
    [InlineData(JournalEntryType.InitialInterview, ContactChannel.InPerson)]
    [InlineData(JournalEntryType.JobSearchConversation, ContactChannel.Phone)]
    [InlineData(JournalEntryType.SupplementaryConversation, ContactChannel.Video)]
    [InlineData(JournalEntryType.OtherMeeting, ContactChannel.InPerson)]
    [InlineData(JournalEntryType.TypScreening, ContactChannel.Video)]
    public void A_meeting_keeps_the_channel_it_was_held_by(JournalEntryType type, ContactChannel channel)
    {
        Assert.Equal(channel, Record(type, channel).Channel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ContactChannel.Phone)]
    public void A_phone_call_is_by_phone_whether_or_not_the_channel_was_given(ContactChannel? channel)
    {
        Assert.Equal(ContactChannel.Phone, Record(JournalEntryType.PhoneCall, channel).Channel);
    }

    [Theory]
    [InlineData(ContactChannel.InPerson)]
    [InlineData(ContactChannel.Video)]
    public void A_phone_call_by_another_channel_is_refused(ContactChannel channel)
    {
        var refusal = Assert.Throws<DomainException>(() => Record(JournalEntryType.PhoneCall, channel));

        Assert.Equal("Journal.PhoneCallChannel", refusal.MessageKey);
    }

    [Theory]
    [InlineData(JournalEntryType.Message)]
    [InlineData(JournalEntryType.Note)]
    public void A_message_or_a_note_has_no_channel(JournalEntryType type)
    {
        Assert.Null(Record(type, channel: null).Channel);
    }

    [Theory]
    [InlineData(JournalEntryType.Message, ContactChannel.Phone)]
    [InlineData(JournalEntryType.Note, ContactChannel.InPerson)]
    [InlineData(JournalEntryType.Note, ContactChannel.Video)]
    public void A_message_or_a_note_with_a_channel_is_refused(JournalEntryType type, ContactChannel channel)
    {
        var refusal = Assert.Throws<DomainException>(() => Record(type, channel));

        Assert.Equal("Journal.ChannelNotAllowed", refusal.MessageKey);
    }

    [Fact]
    public void An_unknown_type_or_channel_is_refused()
    {
        Assert.Equal("Journal.TypeInvalid", Assert.Throws<DomainException>(() => Record((JournalEntryType)99)).MessageKey);
        Assert.Equal("Journal.ChannelInvalid", Assert.Throws<DomainException>(() => Record(channel: (ContactChannel)9)).MessageKey);
    }

    [Fact]
    public void A_correction_is_a_new_version_of_the_same_series_and_the_original_is_untouched()
    {
        var original = Record(text: "Alkuperäinen teksti.", health: true);
        var later = Now.AddHours(2);

        var correction = original.Correct(
            JournalEntryType.OtherMeeting, ContactChannel.Video, Today.AddDays(-1), " Korjattu teksti. ", false, " Väärä päivä ", Corrector, later, Today);

        Assert.NotSame(original, correction);
        Assert.Equal(original.SeriesId, correction.SeriesId);
        Assert.Equal(original.JobSeekerId, correction.JobSeekerId);
        Assert.Equal(2, correction.Version);
        Assert.True(correction.IsCorrected);
        Assert.Equal(JournalEntryType.OtherMeeting, correction.Type);
        Assert.Equal(ContactChannel.Video, correction.Channel);
        Assert.Equal(Today.AddDays(-1), correction.OccurredOn);
        Assert.Equal("Korjattu teksti.", correction.Text);
        Assert.False(correction.ContainsHealthInformation);
        Assert.Equal("Väärä päivä", correction.CorrectionReason);
        Assert.Equal(Corrector, correction.AuthorId);
        Assert.Equal(later, correction.RecordedAt);

        Assert.Equal(1, original.Version);
        Assert.Equal("Alkuperäinen teksti.", original.Text);
        Assert.True(original.ContainsHealthInformation);
        Assert.Equal(Author, original.AuthorId);
        Assert.Null(original.CorrectionReason);
    }

    [Fact]
    public void Corrections_count_up_from_the_version_they_correct()
    {
        var second = Record().Correct(JournalEntryType.Note, null, Today, "Toinen", false, "syy", Corrector, Now, Today);

        var third = second.Correct(JournalEntryType.Note, null, Today, "Kolmas", false, "syy", Corrector, Now, Today);

        Assert.Equal(3, third.Version);
        Assert.Equal(second.SeriesId, third.SeriesId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_correction_needs_its_reason(string reason)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            Record().Correct(JournalEntryType.Note, null, Today, "Teksti", false, reason, Corrector, Now, Today));

        Assert.Equal("Journal.CorrectionReasonRequired", refusal.MessageKey);
    }

    [Fact]
    public void A_correction_obeys_the_same_rules_as_a_new_entry()
    {
        var entry = Record();

        Assert.Equal("Journal.TextRequired", Assert.Throws<DomainException>(() =>
            entry.Correct(JournalEntryType.Note, null, Today, " ", false, "syy", Corrector, Now, Today)).MessageKey);
        Assert.Equal("Journal.DateInFuture", Assert.Throws<DomainException>(() =>
            entry.Correct(JournalEntryType.Note, null, Today.AddDays(1), "Teksti", false, "syy", Corrector, Now, Today)).MessageKey);
        Assert.Equal("Journal.ChannelRequired", Assert.Throws<DomainException>(() =>
            entry.Correct(JournalEntryType.JobSearchConversation, null, Today, "Teksti", false, "syy", Corrector, Now, Today)).MessageKey);
        Assert.Equal("Journal.ChannelNotAllowed", Assert.Throws<DomainException>(() =>
            entry.Correct(JournalEntryType.Message, ContactChannel.Phone, Today, "Teksti", false, "syy", Corrector, Now, Today)).MessageKey);
        Assert.Equal(ContactChannel.Phone, entry.Correct(JournalEntryType.PhoneCall, null, Today, "Teksti", false, "syy", Corrector, Now, Today).Channel);
    }

    [Fact]
    public void A_correction_reason_beyond_its_limit_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() =>
            Record().Correct(JournalEntryType.Note, null, Today, "Teksti", false, new string('x', JournalEntry.MaxCorrectionReasonLength + 1), Corrector, Now, Today));

        Assert.Equal("Validation.TooLong", refusal.MessageKey);
    }
}
