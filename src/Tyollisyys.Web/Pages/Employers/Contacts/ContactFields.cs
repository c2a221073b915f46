using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Employers.Contacts;

/// <summary>A contact person's form fields, shared by New and Edit.</summary>
public sealed class ContactFields
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The contact row's version (xmin) the edit form was loaded with; unused when adding.</summary>
    public uint Version { get; set; }

    public static ContactFields From(EmployerContact contact, uint version) => new()
    {
        Name = contact.Name,
        Role = contact.Role,
        Phone = contact.Phone,
        Email = contact.Email,
        Version = version,
    };

    public ContactDetails ToDetails() => new(Name ?? string.Empty, Role, Phone, Email?.Trim());

    /// <summary>The employer, tracked, with its contacts: the aggregate the contact pages change.</summary>
    public static Task<Employer?> EmployerWithContactsAsync(AppDbContext db, int id) =>
        db.Employers.Include(e => e.Contacts).SingleOrDefaultAsync(e => e.Id == id);
}

public sealed class ContactFieldsValidator : AbstractValidator<ContactFields>
{
    public ContactFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["Employers.ContactNameRequired"])
            .MaximumLength(EmployerContact.NameMaxLength).WithMessage(_ => t["Validation.TooLong", EmployerContact.NameMaxLength]);
        RuleFor(c => c.Role).MaximumLength(EmployerContact.RoleMaxLength).WithMessage(_ => t["Validation.TooLong", EmployerContact.RoleMaxLength]);
        RuleFor(c => c.Phone).MaximumLength(EmployerContact.PhoneMaxLength).WithMessage(_ => t["Validation.TooLong", EmployerContact.PhoneMaxLength]);
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(EmployerContact.EmailMaxLength).WithMessage(_ => t["Validation.TooLong", EmployerContact.EmailMaxLength])
            .Must(e => e is not null && EmailPattern.IsMatch(e.Trim())).WithMessage(_ => t["Client.Validation.Email"])
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
    }

    private static readonly System.Text.RegularExpressions.Regex EmailPattern =
        new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
