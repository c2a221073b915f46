using Tyollisyys.Domain.JobSeekers;
using Xunit;

namespace Tyollisyys.Domain.Tests.JobSeekers;

public sealed class JobSeekerResidenceTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void A_new_client_lives_in_their_home_municipality_from_birth()
    {
        var seeker = Register();

        var residence = Assert.Single(seeker.Residences);
        Assert.Equal((1, new DateOnly(1994, 5, 1), (DateOnly?)null), (residence.MunicipalityId, residence.ValidFrom, residence.ValidTo));
        Assert.Equal(1, seeker.MunicipalityOn(Start));
        Assert.Null(seeker.MunicipalityOn(new DateOnly(1994, 4, 30)));
    }

    [Fact]
    public void A_changed_home_municipality_is_a_move_on_the_day_it_is_saved_and_the_open_spell_runs_on()
    {
        var seeker = Register();

        seeker.UpdateDetails(Details(2), new DateOnly(2026, 2, 15));

        Assert.Equal(2, seeker.HomeMunicipalityId);
        Assert.Equal([(1, (DateOnly?)new DateOnly(2026, 2, 14)), (2, null)], seeker.Residences.Select(r => (r.MunicipalityId, r.ValidTo)));
        Assert.Equal(1, seeker.MunicipalityOn(new DateOnly(2026, 2, 14)));
        Assert.Equal(2, seeker.MunicipalityOn(new DateOnly(2026, 2, 15)));
        var spell = Assert.Single(seeker.Spells);
        Assert.True(spell.IsOpen);
        Assert.Equal(Start, seeker.UnemployedSince);
    }

    [Fact]
    public void Other_edits_leave_the_residence_history_alone_and_a_second_move_the_same_day_corrects_the_first()
    {
        var seeker = Register();
        seeker.UpdateDetails(Details(1) with { Phone = "050 1" }, new DateOnly(2026, 2, 1));
        Assert.Single(seeker.Residences);

        seeker.UpdateDetails(Details(2), new DateOnly(2026, 2, 15));
        seeker.UpdateDetails(Details(3), new DateOnly(2026, 2, 15));

        Assert.Equal([1, 3], seeker.Residences.Select(r => r.MunicipalityId));
        Assert.Equal(3, seeker.MunicipalityOn(new DateOnly(2026, 2, 15)));
    }

    [Fact]
    public void Each_unemployed_spell_remembers_the_start_of_its_run_and_other_spells_have_none()
    {
        var seeker = Register(JobSearchStatus.LaidOff);
        seeker.EndCurrentSpell(new DateOnly(2026, 2, 28), SpellEndReason.Other);
        seeker.StartSpell(new DateOnly(2026, 3, 1), JobSearchStatus.Unemployed);
        seeker.EndCurrentSpell(new DateOnly(2026, 3, 31), SpellEndReason.OtherService);
        seeker.StartSpell(new DateOnly(2026, 4, 1), JobSearchStatus.InService);
        seeker.EndCurrentSpell(new DateOnly(2026, 4, 30), SpellEndReason.Other);
        seeker.StartSpell(new DateOnly(2026, 5, 1), JobSearchStatus.Unemployed);

        Assert.Equal([Start, Start, null, new DateOnly(2026, 5, 1)], seeker.Spells.Select(s => s.UnemployedSince));
    }

    private static PersonDetails Details(int municipalityId) => JobSeekerSpellTests.Details("Matti", "Virtanen") with { HomeMunicipalityId = municipalityId };

    private static JobSeeker Register(JobSearchStatus status = JobSearchStatus.Unemployed) =>
        JobSeeker.Register(PersonalIdentityCode.Parse("010594-9021"), "100001", Details(1), Guid.NewGuid(), 1, Start, status, DateTimeOffset.UnixEpoch);
}
