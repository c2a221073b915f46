using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Domain.Tests.Employers;

public sealed class EmployerTypeTests
{
    [Theory]
    [InlineData(EmployerType.Company)]
    [InlineData(EmployerType.Association)]
    [InlineData(EmployerType.Foundation)]
    [InlineData(EmployerType.PublicBody)]
    [InlineData(EmployerType.Other)]
    public void Every_organisation_may_receive_kuntalisa_and_organise_a_work_trial(EmployerType type)
    {
        Assert.True(type.MayReceiveKuntalisa());
        Assert.True(type.MayOrganiseWorkTrial());
        Assert.True(type.HasBusinessId());
    }

    [Fact]
    public void A_private_person_can_never_receive_kuntalisa_nor_organise_a_work_trial()
    {
        Assert.False(EmployerType.PrivatePerson.MayReceiveKuntalisa());
        Assert.False(EmployerType.PrivatePerson.MayOrganiseWorkTrial());
        Assert.False(EmployerType.PrivatePerson.HasBusinessId());
    }

    [Fact]
    public void An_undefined_type_is_allowed_nothing()
    {
        var unknown = (EmployerType)99;

        Assert.False(unknown.MayReceiveKuntalisa());
        Assert.False(unknown.MayOrganiseWorkTrial());
        Assert.False(unknown.IsThirdSector());
    }

    [Theory]
    [InlineData(EmployerType.Association, true)]
    [InlineData(EmployerType.Foundation, true)]
    [InlineData(EmployerType.Company, false)]
    [InlineData(EmployerType.PublicBody, false)]
    [InlineData(EmployerType.Other, false)]
    [InlineData(EmployerType.PrivatePerson, false)]
    public void Associations_and_foundations_are_the_third_sector(EmployerType type, bool thirdSector) =>
        Assert.Equal(thirdSector, type.IsThirdSector());

    [Fact]
    public void The_stored_numbers_of_the_types_do_not_change()
    {
        // The database stores these numbers; renumbering would silently change every employer's type.
        Assert.Equal(1, (int)EmployerType.Company);
        Assert.Equal(2, (int)EmployerType.Association);
        Assert.Equal(3, (int)EmployerType.Foundation);
        Assert.Equal(4, (int)EmployerType.PublicBody);
        Assert.Equal(5, (int)EmployerType.Other);
        Assert.Equal(6, (int)EmployerType.PrivatePerson);
        Assert.Equal(1, (int)LetterLanguage.Finnish);
        Assert.Equal(2, (int)LetterLanguage.Swedish);
    }
}
