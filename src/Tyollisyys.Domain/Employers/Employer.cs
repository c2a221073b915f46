using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Employers;

/// <summary>
/// Työnantaja: a company, association, foundation, public body, other organisation or private person that
/// employs job-seekers, with its contact persons and its de minimis declarations. The business ID is unique
/// among employers; the database enforces that, since the domain cannot see the other employers.
/// Employers are never deleted (decisions refer to them): they are deactivated.
/// </summary>
public sealed class Employer
{
    public const int NameMaxLength = 200;
    public const int IndustryMaxLength = 200;
    public const int StreetAddressMaxLength = 200;
    public const int PostOfficeMaxLength = 100;

    private readonly List<EmployerContact> _contacts = [];
    private readonly List<DeMinimisDeclaration> _deMinimisDeclarations = [];

    private Employer()
    {
        Name = NameKey = string.Empty;
    }

    private Employer(EmployerDetails details)
        : this()
    {
        Apply(details);
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name lower-cased with single spaces: the indexed prefix-search key.</summary>
    public string NameKey { get; private set; }

    /// <summary>Null exactly when <see cref="Type"/> is <see cref="EmployerType.PrivatePerson"/>.</summary>
    public BusinessId? BusinessId { get; private set; }

    public EmployerType Type { get; private set; }

    /// <summary>Free text, e.g. a TOL 2008 code and its name: "56101 Ravintolat".</summary>
    public string? Industry { get; private set; }

    public string? StreetAddress { get; private set; }

    /// <summary>Five digits, or null.</summary>
    public string? PostalCode { get; private set; }

    public string? PostOffice { get; private set; }

    public LetterLanguage Language { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyList<EmployerContact> Contacts => _contacts;

    public IReadOnlyList<DeMinimisDeclaration> DeMinimisDeclarations => _deMinimisDeclarations;

    /// <summary>The rolling three-year de minimis total over this employer's declarations.</summary>
    public DeMinimis DeMinimis => new(_deMinimisDeclarations);

    public bool MayReceiveKuntalisa => Type.MayReceiveKuntalisa();

    public bool MayOrganiseWorkTrial => Type.MayOrganiseWorkTrial();

    public static Employer Register(EmployerDetails details) => new(details);

    public void UpdateDetails(EmployerDetails details) => Apply(details);

    /// <summary>Adds a contact person and returns the key that identifies them from now on.</summary>
    public Guid AddContact(ContactDetails details)
    {
        var contact = new EmployerContact(Guid.NewGuid(), details);
        _contacts.Add(contact);
        return contact.Key;
    }

    public void UpdateContact(Guid key, ContactDetails details) => ContactWith(key).Apply(details);

    public void RemoveContact(Guid key) => _contacts.Remove(ContactWith(key));

    /// <summary>Records aid of <paramref name="amount"/> € granted on <paramref name="aidDate"/>; returns its key.</summary>
    public Guid DeclareDeMinimis(DateOnly declaredOn, decimal amount, string grantingBody, DateOnly aidDate)
    {
        var declaration = new DeMinimisDeclaration(Guid.NewGuid(), declaredOn, amount, grantingBody, aidDate);
        _deMinimisDeclarations.Add(declaration);
        return declaration.Key;
    }

    /// <summary>An inactive employer stays in the registry and its history; pages offer only active ones for new cases.</summary>
    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public static bool IsValidPostalCode(string? postalCode) =>
        postalCode is { Length: 5 } && postalCode.All(char.IsAsciiDigit);

    private EmployerContact ContactWith(Guid key) =>
        _contacts.Find(c => c.Key == key)
        ?? throw new DomainException("Employers.ContactNotFound", "The employer has no such contact person.");

    private void Apply(EmployerDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = Guard.RequiredText(details.Name, NameMaxLength, "Employers.NameRequired", "Name");
        if (!Enum.IsDefined(details.Type))
        {
            throw new DomainException("Employers.TypeInvalid", "The employer type is not valid.");
        }

        if (!Enum.IsDefined(details.Language))
        {
            throw new DomainException("Employers.LanguageInvalid", "The letter language must be Finnish or Swedish.");
        }

        if (details.Type.HasBusinessId() && details.BusinessId is null)
        {
            throw new DomainException("Employers.BusinessIdRequired", "An organisation needs its business ID.");
        }

        if (!details.Type.HasBusinessId() && details.BusinessId is not null)
        {
            throw new DomainException("Employers.BusinessIdNotForPrivatePerson", "A private person has no business ID.");
        }

        var postalCode = string.IsNullOrWhiteSpace(details.PostalCode) ? null : details.PostalCode.Trim();
        if (postalCode is not null && !IsValidPostalCode(postalCode))
        {
            throw new DomainException("Employers.PostalCodeInvalid", "A postal code is five digits.");
        }

        var industry = Text.Optional(details.Industry, IndustryMaxLength, "Industry");
        var streetAddress = Text.Optional(details.StreetAddress, StreetAddressMaxLength, "Street address");
        var postOffice = Text.Optional(details.PostOffice, PostOfficeMaxLength, "Post office");

        // Assigned only after every check, so a refused edit leaves the employer as it was.
        Name = name;
        NameKey = SearchKey(name);
        BusinessId = details.BusinessId;
        Type = details.Type;
        Industry = industry;
        StreetAddress = streetAddress;
        PostalCode = postalCode;
        PostOffice = postOffice;
        Language = details.Language;
    }

    /// <summary>Lower-cased with the invariant culture: Ä, Ö and Å stay themselves.</summary>
    public static string SearchKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
