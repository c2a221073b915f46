using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Organisation;
using Xunit;

namespace Tyollisyys.Domain.Tests.Organisation;

public sealed class OrganisationTests
{
    [Theory]
    [InlineData("205")]
    [InlineData("091")]
    [InlineData(" 765 ")]
    public void A_municipality_code_is_three_digits(string code)
    {
        var municipality = new Municipality(1, code, "Kajaani", "Kajana");

        Assert.Equal(code.Trim(), municipality.Code);
        Assert.True(municipality.IsActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("20")]
    [InlineData("2050")]
    [InlineData("2a5")]
    [InlineData("２０５")] // full-width digits are not ASCII digits
    public void Any_other_municipality_code_is_refused(string code)
    {
        var refusal = Assert.Throws<DomainException>(() => new Municipality(1, code, "Kajaani", "Kajana"));

        Assert.Equal("Municipality.CodeInvalid", refusal.MessageKey);
    }

    [Theory]
    [InlineData("", "Kajana")]
    [InlineData("Kajaani", "  ")]
    public void A_municipality_needs_both_its_Finnish_and_Swedish_name(string nameFi, string nameSv)
    {
        var refusal = Assert.Throws<DomainException>(() => new Municipality(1, "205", nameFi, nameSv));

        Assert.Equal("Organisation.NameRequired", refusal.MessageKey);
    }

    [Fact]
    public void A_municipality_shows_its_name_in_the_users_language()
    {
        var municipality = new Municipality(1, "205", "Kajaani", "Kajana");

        Assert.Equal("Kajana", municipality.Name(new System.Globalization.CultureInfo("sv-FI")));
        Assert.Equal("Kajaani", municipality.Name(new System.Globalization.CultureInfo("fi-FI")));
        Assert.Equal("Kajaani", municipality.Name(new System.Globalization.CultureInfo("en-GB")));
    }

    [Fact]
    public void A_name_longer_than_allowed_is_refused_with_the_limit()
    {
        var refusal = Assert.Throws<DomainException>(() => new Office(1, new string('x', 201), null));

        Assert.Equal("Validation.TooLong", refusal.MessageKey);
        Assert.Equal(200, refusal.Arguments[0]);
    }

    [Fact]
    public void An_office_with_active_staff_cannot_close()
    {
        var office = new Office(1, "Kajaanin työllisyyspalvelut", "Pohjolankatu 13");

        var refusal = Assert.Throws<DomainException>(() => office.Close(activeStaffCount: 2));

        Assert.Equal("Office.HasActiveStaff", refusal.MessageKey);
        Assert.True(office.IsActive);
    }

    [Fact]
    public void An_office_without_active_staff_closes_and_can_reopen()
    {
        var office = new Office(1, "Paltamon piste", "  ");

        office.Close(activeStaffCount: 0);
        Assert.False(office.IsActive);
        Assert.Null(office.Address);

        office.Reopen();
        Assert.True(office.IsActive);
    }

    [Fact]
    public void Names_are_stored_trimmed()
    {
        var area = new EmploymentArea("  Kainuun työllisyysalue ");

        Assert.Equal("Kainuun työllisyysalue", area.Name);
    }

    [Fact]
    public void A_new_office_aims_at_80_clients_per_counsellor()
    {
        var office = new Office(1, "Kajaanin työllisyyspalvelut", null);

        Assert.Equal(80, office.CaseloadTarget);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65)]
    [InlineData(500)]
    public void An_office_caseload_target_from_1_to_500_is_kept(int target)
    {
        var office = new Office(1, "Kajaanin työllisyyspalvelut", null);

        office.SetCaseloadTarget(target);

        Assert.Equal(target, office.CaseloadTarget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(501)]
    public void An_office_caseload_target_outside_1_to_500_is_refused(int target)
    {
        var office = new Office(1, "Kajaanin työllisyyspalvelut", null);

        var refusal = Assert.Throws<DomainException>(() => office.SetCaseloadTarget(target));

        Assert.Equal("Office.CaseloadTargetOutOfRange", refusal.MessageKey);
        Assert.Equal(80, office.CaseloadTarget);
    }
}
