using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Domain.Tests.Employers;

public sealed class EmployerTests
{
    [Fact]
    public void Registering_keeps_the_details_and_makes_an_active_employer()
    {
        var employer = Employer.Register(EmployerFixtures.CompanyDetails());

        Assert.Equal("Kainuun Kone Oy", employer.Name);
        Assert.Equal(BusinessId.Parse("0737546-2"), employer.BusinessId);
        Assert.Equal(EmployerType.Company, employer.Type);
        Assert.Equal("28220 Nosto- ja siirtolaitteiden valmistus", employer.Industry);
        Assert.Equal("Teollisuuskatu 5", employer.StreetAddress);
        Assert.Equal("87100", employer.PostalCode);
        Assert.Equal("Kajaani", employer.PostOffice);
        Assert.Equal(LetterLanguage.Finnish, employer.Language);
        Assert.True(employer.IsActive);
        Assert.True(employer.MayReceiveKuntalisa);
        Assert.True(employer.MayOrganiseWorkTrial);
        Assert.Empty(employer.Contacts);
        Assert.Empty(employer.DeMinimisDeclarations);
    }

    [Fact]
    public void Texts_are_trimmed_and_blank_optional_texts_become_null()
    {
        var employer = Employer.Register(EmployerFixtures.CompanyDetails() with
        {
            Name = "  Kainuun   Kone Oy ",
            Industry = "   ",
            StreetAddress = "",
            PostalCode = " 87100 ",
            PostOffice = null,
        });

        Assert.Equal("Kainuun   Kone Oy", employer.Name);
        Assert.Null(employer.Industry);
        Assert.Null(employer.StreetAddress);
        Assert.Equal("87100", employer.PostalCode);
        Assert.Null(employer.PostOffice);
    }

    [Fact]
    public void The_search_key_is_the_name_lower_cased_with_single_spaces()
    {
        var employer = Employer.Register(EmployerFixtures.CompanyDetails() with { Name = "  Äänekosken   ÖLJY Ab " });

        Assert.Equal("äänekosken öljy ab", employer.NameKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_employer_needs_a_name(string name) =>
        AssertRefused(EmployerFixtures.CompanyDetails() with { Name = name }, "Employers.NameRequired");

    [Fact]
    public void A_name_of_200_characters_is_accepted_and_201_refused_with_the_limit()
    {
        Assert.Equal(200, Employer.Register(EmployerFixtures.CompanyDetails() with { Name = new string('x', 200) }).Name.Length);

        var refusal = Assert.Throws<DomainException>(() => Employer.Register(EmployerFixtures.CompanyDetails() with { Name = new string('x', 201) }));
        Assert.Equal("Validation.TooLong", refusal.MessageKey);
        Assert.Equal(200, refusal.Arguments[0]);
    }

    [Theory]
    [InlineData(EmployerType.Company)]
    [InlineData(EmployerType.Association)]
    [InlineData(EmployerType.Foundation)]
    [InlineData(EmployerType.PublicBody)]
    [InlineData(EmployerType.Other)]
    public void Every_organisation_needs_its_business_id(EmployerType type) =>
        AssertRefused(EmployerFixtures.CompanyDetails() with { Type = type, BusinessId = null }, "Employers.BusinessIdRequired");

    [Fact]
    public void A_private_person_is_registered_without_a_business_id_and_may_not_receive_kuntalisa()
    {
        var person = Employer.Register(EmployerFixtures.PrivatePersonDetails());

        Assert.Null(person.BusinessId);
        Assert.Equal(EmployerType.PrivatePerson, person.Type);
        Assert.False(person.MayReceiveKuntalisa);
        Assert.False(person.MayOrganiseWorkTrial);
    }

    [Fact]
    public void A_private_person_with_a_business_id_is_refused() =>
        AssertRefused(
            EmployerFixtures.PrivatePersonDetails() with { BusinessId = BusinessId.Parse("0112038-9") },
            "Employers.BusinessIdNotForPrivatePerson");

    [Fact]
    public void An_undefined_type_is_refused() =>
        AssertRefused(EmployerFixtures.CompanyDetails() with { Type = (EmployerType)0 }, "Employers.TypeInvalid");

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_letter_language_other_than_Finnish_or_Swedish_is_refused(int language) =>
        AssertRefused(EmployerFixtures.CompanyDetails() with { Language = (LetterLanguage)language }, "Employers.LanguageInvalid");

    [Fact]
    public void A_Swedish_speaking_employer_gets_its_letters_in_Swedish() =>
        Assert.Equal(
            LetterLanguage.Swedish,
            Employer.Register(EmployerFixtures.CompanyDetails() with { Name = "Kronoby Trä Ab", Language = LetterLanguage.Swedish }).Language);

    [Theory]
    [InlineData("8710")]
    [InlineData("871000")]
    [InlineData("87 100")]
    [InlineData("FI-87100")]
    [InlineData("8710O")]
    [InlineData("８７１００")] // full-width digits
    public void A_postal_code_other_than_five_digits_is_refused(string postalCode) =>
        AssertRefused(EmployerFixtures.CompanyDetails() with { PostalCode = postalCode }, "Employers.PostalCodeInvalid");

    [Theory]
    [InlineData("00100")]
    [InlineData("99999")]
    public void A_postal_code_of_five_digits_is_accepted(string postalCode) =>
        Assert.Equal(postalCode, Employer.Register(EmployerFixtures.CompanyDetails() with { PostalCode = postalCode }).PostalCode);

    [Theory]
    [InlineData(201, 0, 0, 200)]
    [InlineData(0, 201, 0, 200)]
    [InlineData(0, 0, 101, 100)]
    public void Overlong_optional_texts_are_refused_with_their_limit(int industry, int street, int postOffice, int limit)
    {
        var details = EmployerFixtures.CompanyDetails() with
        {
            Industry = industry > 0 ? new string('i', industry) : "56101 Ravintolat",
            StreetAddress = street > 0 ? new string('s', street) : "Kauppakatu 1",
            PostOffice = postOffice > 0 ? new string('p', postOffice) : "Kajaani",
        };

        var refusal = Assert.Throws<DomainException>(() => Employer.Register(details));

        Assert.Equal("Validation.TooLong", refusal.MessageKey);
        Assert.Equal(limit, refusal.Arguments[0]);
    }

    [Fact]
    public void Updating_the_details_replaces_them_all()
    {
        var employer = EmployerFixtures.Company();

        employer.UpdateDetails(new EmployerDetails(
            "Kainuun Yhdistys ry",
            BusinessId.Parse("0112038-9"),
            EmployerType.Association,
            null,
            "Kauppakatu 10",
            "87300",
            "Kajaani",
            LetterLanguage.Swedish));

        Assert.Equal("Kainuun Yhdistys ry", employer.Name);
        Assert.Equal("kainuun yhdistys ry", employer.NameKey);
        Assert.Equal("0112038-9", employer.BusinessId!.Value);
        Assert.Equal(EmployerType.Association, employer.Type);
        Assert.Null(employer.Industry);
        Assert.Equal("Kauppakatu 10", employer.StreetAddress);
        Assert.Equal("87300", employer.PostalCode);
        Assert.Equal(LetterLanguage.Swedish, employer.Language);
    }

    [Fact]
    public void Turning_a_company_into_a_private_person_needs_the_business_id_removed()
    {
        var employer = EmployerFixtures.Company();

        Assert.Equal(
            "Employers.BusinessIdNotForPrivatePerson",
            Assert.Throws<DomainException>(() => employer.UpdateDetails(EmployerFixtures.CompanyDetails() with { Type = EmployerType.PrivatePerson })).MessageKey);
        Assert.Equal(EmployerType.Company, employer.Type);
        employer.UpdateDetails(EmployerFixtures.CompanyDetails() with { Type = EmployerType.PrivatePerson, BusinessId = null });

        Assert.Null(employer.BusinessId);
        Assert.False(employer.MayReceiveKuntalisa);
    }

    [Fact]
    public void A_refused_update_leaves_the_employer_as_it_was()
    {
        var employer = EmployerFixtures.Company();

        Assert.Throws<DomainException>(() => employer.UpdateDetails(EmployerFixtures.CompanyDetails() with { Name = "Uusi Nimi Oy", PostalCode = "abc" }));

        Assert.Equal("Kainuun Kone Oy", employer.Name);
        Assert.Equal("kainuun kone oy", employer.NameKey);
        Assert.Equal("87100", employer.PostalCode);
    }

    [Fact]
    public void A_deactivated_employer_stays_in_the_registry_and_can_be_reactivated()
    {
        var employer = EmployerFixtures.Company();

        employer.Deactivate();
        Assert.False(employer.IsActive);
        employer.Deactivate();
        Assert.False(employer.IsActive);

        employer.Reactivate();
        Assert.True(employer.IsActive);
    }

    private static void AssertRefused(EmployerDetails details, string messageKey) =>
        Assert.Equal(messageKey, Assert.Throws<DomainException>(() => Employer.Register(details)).MessageKey);
}
