using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Domain.Tests.Employers;

public sealed class EmployerContactTests
{
    [Fact]
    public void An_added_contact_gets_a_key_of_its_own_and_keeps_the_details()
    {
        var employer = EmployerFixtures.Company();

        var key = employer.AddContact(new ContactDetails(" Liisa Korhonen ", " Henkilöstöpäällikkö ", "040 123 4567", "liisa.korhonen@example.fi"));

        var contact = Assert.Single(employer.Contacts);
        Assert.NotEqual(Guid.Empty, key);
        Assert.Equal(key, contact.Key);
        Assert.Equal("Liisa Korhonen", contact.Name);
        Assert.Equal("Henkilöstöpäällikkö", contact.Role);
        Assert.Equal("040 123 4567", contact.Phone);
        Assert.Equal("liisa.korhonen@example.fi", contact.Email);
    }

    [Fact]
    public void Only_the_name_is_required()
    {
        var employer = EmployerFixtures.Company();

        employer.AddContact(new ContactDetails("Pekka Heikkinen", " ", null, ""));

        var contact = Assert.Single(employer.Contacts);
        Assert.Null(contact.Role);
        Assert.Null(contact.Phone);
        Assert.Null(contact.Email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_contact_without_a_name_is_refused(string name)
    {
        var employer = EmployerFixtures.Company();

        var refusal = Assert.Throws<DomainException>(() => employer.AddContact(EmployerFixtures.Contact(name)));

        Assert.Equal("Employers.ContactNameRequired", refusal.MessageKey);
        Assert.Empty(employer.Contacts);
    }

    [Theory]
    [InlineData(201, 0, 0, 0, 200)]
    [InlineData(0, 101, 0, 0, 100)]
    [InlineData(0, 0, 51, 0, 50)]
    [InlineData(0, 0, 0, 255, 254)]
    public void Overlong_contact_texts_are_refused_with_their_limit(int name, int role, int phone, int email, int limit)
    {
        var details = new ContactDetails(
            name > 0 ? new string('n', name) : "Liisa Korhonen",
            role > 0 ? new string('r', role) : null,
            phone > 0 ? new string('5', phone) : null,
            email > 0 ? new string('e', email) : null);

        var refusal = Assert.Throws<DomainException>(() => EmployerFixtures.Company().AddContact(details));

        Assert.Equal("Validation.TooLong", refusal.MessageKey);
        Assert.Equal(limit, refusal.Arguments[0]);
    }

    [Fact]
    public void Updating_a_contact_by_its_key_changes_only_that_contact()
    {
        var employer = EmployerFixtures.Company();
        var liisa = employer.AddContact(EmployerFixtures.Contact("Liisa Korhonen"));
        var pekka = employer.AddContact(EmployerFixtures.Contact("Pekka Heikkinen"));

        employer.UpdateContact(pekka, new ContactDetails("Pekka Heikkinen", "Toimitusjohtaja", null, "pekka@example.fi"));

        var updated = employer.Contacts.Single(c => c.Key == pekka);
        Assert.Equal("Toimitusjohtaja", updated.Role);
        Assert.Null(updated.Phone);
        Assert.Equal("pekka@example.fi", updated.Email);
        Assert.Equal("Henkilöstöpäällikkö", employer.Contacts.Single(c => c.Key == liisa).Role);
    }

    [Fact]
    public void A_refused_contact_update_leaves_the_contact_as_it_was()
    {
        var employer = EmployerFixtures.Company();
        var key = employer.AddContact(EmployerFixtures.Contact("Liisa Korhonen"));

        Assert.Throws<DomainException>(() => employer.UpdateContact(key, new ContactDetails("Liisa Uusi", new string('r', 101), null, null)));

        var contact = Assert.Single(employer.Contacts);
        Assert.Equal("Liisa Korhonen", contact.Name);
        Assert.Equal("Henkilöstöpäällikkö", contact.Role);
    }

    [Fact]
    public void Removing_a_contact_by_its_key_keeps_the_others()
    {
        var employer = EmployerFixtures.Company();
        var liisa = employer.AddContact(EmployerFixtures.Contact("Liisa Korhonen"));
        var pekka = employer.AddContact(EmployerFixtures.Contact("Pekka Heikkinen"));

        employer.RemoveContact(liisa);

        Assert.Equal(pekka, Assert.Single(employer.Contacts).Key);
    }

    [Fact]
    public void Updating_or_removing_an_unknown_contact_is_refused()
    {
        var employer = EmployerFixtures.Company();
        var key = employer.AddContact(EmployerFixtures.Contact());
        employer.RemoveContact(key);

        Assert.Equal("Employers.ContactNotFound", Assert.Throws<DomainException>(() => employer.RemoveContact(key)).MessageKey);
        Assert.Equal("Employers.ContactNotFound", Assert.Throws<DomainException>(() => employer.UpdateContact(Guid.NewGuid(), EmployerFixtures.Contact())).MessageKey);
    }
}
