using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Xunit;

namespace Tyollisyys.Domain.Tests.Plans;

public sealed class ServiceOfferingTests
{
    [Fact]
    public void A_new_service_is_active_with_its_names_trimmed()
    {
        var service = new ServiceOffering(" Uravalmennus ", "Karriärcoachning", "Career coaching", "  ");

        Assert.True(service.IsActive);
        Assert.Equal("Uravalmennus", service.NameFi);
        Assert.Null(service.Provider);
        Assert.Equal("Karriärcoachning", service.NameIn("sv"));
        Assert.Equal("Career coaching", service.NameIn("en"));
        Assert.Equal("Uravalmennus", service.NameIn("fi"));
    }

    [Theory]
    [InlineData("", "sv", "en", "Services.NameFiRequired")]
    [InlineData("fi", " ", "en", "Services.NameSvRequired")]
    [InlineData("fi", "sv", "", "Services.NameEnRequired")]
    public void Every_language_needs_a_name(string fi, string sv, string en, string key)
    {
        Assert.Equal(key, Assert.Throws<DomainException>(() => new ServiceOffering(fi, sv, en, null)).MessageKey);
    }

    [Fact]
    public void A_service_is_deactivated_and_reactivated_never_deleted()
    {
        var service = new ServiceOffering("Työkokeilu", "Arbetsprövning", "Work trial", "Kajaanin kaupunki");

        service.Deactivate();
        Assert.False(service.IsActive);
        service.Reactivate();
        Assert.True(service.IsActive);
    }

    [Fact]
    public void A_too_long_provider_is_refused()
    {
        var service = new ServiceOffering("Työkokeilu", "Arbetsprövning", "Work trial", null);

        Assert.Equal("Validation.TooLong", Assert.Throws<DomainException>(() => service.Update("a", "b", "c", new string('x', 201))).MessageKey);
    }
}
