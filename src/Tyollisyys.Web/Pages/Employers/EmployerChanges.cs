using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>
/// What the employer pages share when writing: the audit trail's record type and id, the list of what an edit
/// changed (kept in the audit row's reason, as field names, never the values), and the duplicate business ID check.
/// </summary>
public static class EmployerChanges
{
    public const string RecordType = "Employer";

    public static string RecordId(int employerId) => employerId.ToString(CultureInfo.InvariantCulture);

    /// <summary>E.g. "details: name, industry; deactivated", or null when nothing changed.</summary>
    public static string? Describe(EmployerFields before, EmployerFields after)
    {
        var fields = new List<string>();
        void Compare(string name, object? was, object? now)
        {
            if (!Equals(Normal(was), Normal(now)))
            {
                fields.Add(name);
            }
        }

        Compare("name", before.Name, after.Name);
        Compare("business-id", before.BusinessId, after.BusinessId);
        Compare("type", before.Type, after.Type);
        Compare("industry", before.Industry, after.Industry);
        Compare("street-address", before.StreetAddress, after.StreetAddress);
        Compare("postal-code", before.PostalCode, after.PostalCode);
        Compare("post-office", before.PostOffice, after.PostOffice);
        Compare("language", before.Language, after.Language);

        var parts = new List<string>();
        if (fields.Count > 0)
        {
            parts.Add("details: " + string.Join(", ", fields));
        }

        if (before.IsActive != after.IsActive)
        {
            parts.Add(after.IsActive ? "reactivated" : "deactivated");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>"contact-updated: role, email" style: which of a contact's fields differ.</summary>
    public static IReadOnlyList<string> ContactFieldsChanged(ContactDetails before, ContactDetails after)
    {
        var fields = new List<string>();
        if (!Equals(Normal(before.Name), Normal(after.Name)))
        {
            fields.Add("name");
        }

        if (!Equals(Normal(before.Role), Normal(after.Role)))
        {
            fields.Add("role");
        }

        if (!Equals(Normal(before.Phone), Normal(after.Phone)))
        {
            fields.Add("phone");
        }

        if (!Equals(Normal(before.Email), Normal(after.Email)))
        {
            fields.Add("email");
        }

        return fields;
    }

    /// <summary>The employer (other than <paramref name="exceptId"/>) that already has this business ID.</summary>
    public static Task<int?> HolderOfAsync(AppDbContext db, BusinessId businessId, int? exceptId = null) =>
        db.Employers.AsNoTracking()
            .Where(e => e.BusinessId == businessId && e.Id != exceptId)
            .Select(e => (int?)e.Id)
            .FirstOrDefaultAsync();

    private static object? Normal(object? value) => value is string text ? (string.IsNullOrWhiteSpace(text) ? null : text.Trim()) : value;
}
