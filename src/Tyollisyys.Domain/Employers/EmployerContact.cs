using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Employers;

/// <summary>
/// A contact person at an employer. <see cref="Key"/> is the stable handle pages use to edit or remove one
/// contact; it exists before the database gives an <see cref="Id"/>, and survives re-ordering.
/// </summary>
public sealed class EmployerContact
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 100;
    public const int PhoneMaxLength = 50;
    public const int EmailMaxLength = 254;

    private EmployerContact()
    {
        Name = string.Empty;
    }

    internal EmployerContact(Guid key, ContactDetails details)
        : this()
    {
        Key = key;
        Apply(details);
    }

    public int Id { get; private set; }

    public int EmployerId { get; private set; }

    public Guid Key { get; private set; }

    public string Name { get; private set; }

    public string? Role { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    internal void Apply(ContactDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = Guard.RequiredText(details.Name, NameMaxLength, "Employers.ContactNameRequired", "Contact name");
        var role = Text.Optional(details.Role, RoleMaxLength, "Role");
        var phone = Text.Optional(details.Phone, PhoneMaxLength, "Phone");
        var email = Text.Optional(details.Email, EmailMaxLength, "Email");

        // Assigned only after every check, so a refused edit leaves the contact as it was.
        Name = name;
        Role = role;
        Phone = phone;
        Email = email;
    }
}
