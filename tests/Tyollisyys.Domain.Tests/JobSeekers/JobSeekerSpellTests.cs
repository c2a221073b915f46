using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Xunit;

namespace Tyollisyys.Domain.Tests.JobSeekers;

public sealed class JobSeekerSpellTests
{
    private static readonly Guid Counsellor = Guid.NewGuid();

    [Fact]
    public void Registering_opens_the_first_spell_and_sets_the_current_status()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);

        Assert.Single(seeker.Spells);
        Assert.Equal(JobSearchStatus.Unemployed, seeker.CurrentStatus);
        Assert.Equal(new DateOnly(2026, 3, 2), seeker.UnemployedSince);
        Assert.Equal(new DateOnly(1994, 5, 1), seeker.BirthDate);
    }

    [Fact]
    public void Ending_the_spell_records_the_reason_and_clears_the_current_status()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);

        seeker.EndCurrentSpell(new DateOnly(2026, 6, 30), SpellEndReason.OpenMarketJob);

        var spell = Assert.Single(seeker.Spells);
        Assert.Equal(SpellEndReason.OpenMarketJob, spell.EndReason);
        Assert.Null(seeker.CurrentStatus);
        Assert.Null(seeker.UnemployedSince);
        Assert.Null(seeker.CurrentSpell);
    }

    [Fact]
    public void A_spell_cannot_end_before_it_starts()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);

        var refusal = Assert.Throws<DomainException>(() => seeker.EndCurrentSpell(new DateOnly(2026, 3, 1), SpellEndReason.Other));

        Assert.Equal("Spell.EndBeforeStart", refusal.MessageKey);
        Assert.NotNull(seeker.CurrentSpell);
    }

    [Fact]
    public void Ending_when_nothing_is_open_is_refused()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);
        seeker.EndCurrentSpell(new DateOnly(2026, 3, 31), SpellEndReason.Studies);

        Assert.Equal("Spell.NoneOpen", Assert.Throws<DomainException>(() => seeker.EndCurrentSpell(new DateOnly(2026, 4, 30), SpellEndReason.Other)).MessageKey);
    }

    [Fact]
    public void A_new_spell_needs_the_current_one_ended_first()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);

        Assert.Equal("Spell.AlreadyOpen", Assert.Throws<DomainException>(() => seeker.StartSpell(new DateOnly(2026, 5, 1), JobSearchStatus.InService)).MessageKey);
    }

    [Theory]
    [InlineData(2026, 3, 31)]
    [InlineData(2026, 3, 15)]
    public void A_new_spell_must_start_after_the_previous_one_ended(int year, int month, int day)
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);
        seeker.EndCurrentSpell(new DateOnly(2026, 3, 31), SpellEndReason.OtherService);

        var refusal = Assert.Throws<DomainException>(() => seeker.StartSpell(new DateOnly(year, month, day), JobSearchStatus.InService));

        Assert.Equal("Spell.OverlapsPrevious", refusal.MessageKey);
        Assert.Single(seeker.Spells);
    }

    [Fact]
    public void Unemployed_and_laid_off_spells_without_a_gap_make_one_unemployment_run()
    {
        var seeker = Register(new DateOnly(2025, 1, 13), JobSearchStatus.LaidOff);
        seeker.EndCurrentSpell(new DateOnly(2025, 4, 30), SpellEndReason.Other);

        seeker.StartSpell(new DateOnly(2025, 5, 1), JobSearchStatus.Unemployed);

        Assert.Equal(new DateOnly(2025, 1, 13), seeker.UnemployedSince);
    }

    [Fact]
    public void A_gap_between_spells_starts_a_new_unemployment_run()
    {
        var seeker = Register(new DateOnly(2025, 1, 13), JobSearchStatus.Unemployed);
        seeker.EndCurrentSpell(new DateOnly(2025, 4, 30), SpellEndReason.OpenMarketJob);

        seeker.StartSpell(new DateOnly(2025, 9, 1), JobSearchStatus.Unemployed);

        Assert.Equal(new DateOnly(2025, 9, 1), seeker.UnemployedSince);
    }

    [Fact]
    public void A_service_spell_in_between_breaks_the_run()
    {
        var seeker = Register(new DateOnly(2024, 1, 8), JobSearchStatus.Unemployed);
        seeker.EndCurrentSpell(new DateOnly(2024, 12, 31), SpellEndReason.OtherService);
        seeker.StartSpell(new DateOnly(2025, 1, 1), JobSearchStatus.InService);
        Assert.Null(seeker.UnemployedSince);
        seeker.EndCurrentSpell(new DateOnly(2025, 3, 31), SpellEndReason.Other);

        seeker.StartSpell(new DateOnly(2025, 4, 1), JobSearchStatus.Unemployed);

        Assert.Equal(new DateOnly(2025, 4, 1), seeker.UnemployedSince);
        Assert.Equal(JobSearchStatus.Unemployed, seeker.CurrentStatus);
    }

    [Fact]
    public void Names_are_required_and_make_lower_case_search_keys_with_Finnish_letters_intact()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed, firstNames: " Åsa  Öllö ", lastName: "Ärjänkangas");

        Assert.Equal("ärjänkangas åsa öllö", seeker.NameKey);
        Assert.Equal("åsa öllö ärjänkangas", seeker.FirstNameKey);
        Assert.Equal("JobSeeker.LastNameRequired",
            Assert.Throws<DomainException>(() => seeker.UpdateDetails(Details("Matti", " "), new DateOnly(2026, 4, 1))).MessageKey);
    }

    [Fact]
    public void Another_language_of_service_must_be_named()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);

        var refusal = Assert.Throws<DomainException>(() => seeker.UpdateDetails(Details("Matti", "Virtanen") with { ServiceLanguage = ServiceLanguage.Other }, new DateOnly(2026, 4, 1)));
        seeker.UpdateDetails(Details("Matti", "Virtanen") with { ServiceLanguage = ServiceLanguage.Other, OtherLanguage = "ukraina" }, new DateOnly(2026, 4, 1));

        Assert.Equal("JobSeeker.OtherLanguageRequired", refusal.MessageKey);
        Assert.Equal("ukraina", seeker.OtherLanguage);
        seeker.UpdateDetails(Details("Matti", "Virtanen") with { OtherLanguage = "ukraina" }, new DateOnly(2026, 4, 1));
        Assert.Null(seeker.OtherLanguage);
    }

    [Fact]
    public void Reassignment_moves_the_client_to_the_counsellor_and_office()
    {
        var seeker = Register(new DateOnly(2026, 3, 2), JobSearchStatus.Unemployed);
        var other = Guid.NewGuid();

        seeker.AssignTo(other, 2);

        Assert.Equal(other, seeker.CounsellorId);
        Assert.Equal(2, seeker.OfficeId);
    }

    internal static PersonDetails Details(string firstNames, string lastName) =>
        new(firstNames, lastName, "040 123 4567", null, null, null, null, 1, ServiceLanguage.Finnish, null, EducationLevel.Vocational, null, false, false, false);

    private static JobSeeker Register(DateOnly start, JobSearchStatus status, string firstNames = "Matti", string lastName = "Virtanen") =>
        JobSeeker.Register(PersonalIdentityCode.Parse("010594-9021"), "100001", Details(firstNames, lastName), Counsellor, 1, start, status, DateTimeOffset.UnixEpoch);
}
