using System.Globalization;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Tests.Support;

namespace Tyollisyys.Web.Tests.Employers;

/// <summary>
/// Arranges employers straight through the domain and AppDbContext for the HTTP tests: names with a random part
/// (so a test finds its own among the others) and valid business IDs that no other test is likely to use.
/// </summary>
public static class TestEmployers
{
    /// <summary>A valid business ID with random digits; <paramref name="legacy"/> makes one that starts with 0.</summary>
    public static string NewBusinessId(bool legacy = false)
    {
        while (true)
        {
            var first = legacy ? 0 : Random.Shared.Next(1, 10);
            var digits = string.Create(CultureInfo.InvariantCulture, $"{first}{Random.Shared.Next(0, 1_000_000):000000}");
            if (BusinessId.CheckDigitFor(digits) is { } check)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{digits}-{check}");
            }
        }
    }

    /// <summary>The same seven digits with a check digit that is wrong.</summary>
    public static string WithWrongCheckDigit(string businessId)
    {
        var right = businessId[^1] - '0';
        return string.Create(CultureInfo.InvariantCulture, $"{businessId[..8]}{(right + 1) % 10}");
    }

    public static async Task<Employer> AddAsync(
        this AppFactory app,
        string name,
        EmployerType type = EmployerType.Company,
        string? businessId = null,
        bool active = true,
        Action<Employer>? arrange = null)
    {
        await using var db = app.NewDbContext();
        var id = type == EmployerType.PrivatePerson ? null : BusinessId.Parse(businessId ?? NewBusinessId());
        var employer = Employer.Register(new EmployerDetails(name, id, type, "56101 Ravintolat", "Kauppakatu 1", "87100", "Kajaani", LetterLanguage.Finnish));
        if (!active)
        {
            employer.Deactivate();
        }

        arrange?.Invoke(employer);
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    public static string Url(int id, string rest = "") => string.Create(CultureInfo.InvariantCulture, $"/Employers/{id}{rest}");

    /// <summary>The employer form's fields, as a user fills them in.</summary>
    public static Dictionary<string, string> Fields(string name, string businessId, EmployerType type = EmployerType.Company) => new()
    {
        ["Input.Name"] = name,
        ["Input.BusinessId"] = businessId,
        ["Input.Type"] = type.ToString(),
        ["Input.Industry"] = "56101 Ravintolat",
        ["Input.StreetAddress"] = "Kauppakatu 1",
        ["Input.PostalCode"] = "87100",
        ["Input.PostOffice"] = "Kajaani",
        ["Input.Language"] = nameof(LetterLanguage.Finnish),
    };
}
