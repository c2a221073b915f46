using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Domain.Employers;
using Xunit;

namespace Tyollisyys.Browser.Tests;

public sealed class EmployerPagesTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task Every_employer_page_passes_the_accessibility_check()
    {
        int id;
        Guid contact;
        await using (var db = _app.NewDbContext())
        {
            var employer = Employer.Register(new EmployerDetails(
                "Saavutettava Oy", BusinessId.Parse("0737546-2"), EmployerType.Company, "56101 Ravintolat", "Kauppakatu 1", "87100", "Kajaani", LetterLanguage.Finnish));
            contact = employer.AddContact(new ContactDetails("Tiina Teräs", "Toimitusjohtaja", "044 123 4567", "tiina@yritys.example"));
            employer.DeclareDeMinimis(new DateOnly(2026, 1, 15), 12_500.50m, "Business Finland", new DateOnly(2025, 11, 1));
            db.Employers.Add(employer);
            await db.SaveChangesAsync();
            id = employer.Id;
        }

        await SignInAsync("ohjaaja1");
        foreach (var path in new[]
        {
            "/Employers",
            "/Employers?q=saavutettava",
            "/Employers?q=ei-ketaan-tallaista",
            "/Employers/New",
            $"/Employers/{id}",
            $"/Employers/{id}/Edit",
            $"/Employers/{id}/Contacts/New",
            $"/Employers/{id}/Contacts/{contact}/Edit",
            $"/Employers/{id}/Contacts/{contact}/Remove",
            $"/Employers/{id}/DeMinimis/New",
        })
        {
            await GoToAsync(path);
        }
    }
}
