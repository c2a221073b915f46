using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

/// <summary>The employer registry's tables hold what the domain gives them, and the database refuses a second business ID.</summary>
public sealed class EmployerPersistenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_employer_with_contacts_and_de_minimis_declarations_is_read_back_as_it_was_saved()
    {
        int id;
        await using (var db = app.NewDbContext())
        {
            // 0737546-2: 0·7 + 7·9 + 3·10 + 7·5 + 5·8 + 4·4 + 6·2 = 196; 196 mod 11 = 9; 11 − 9 = 2.
            var employer = Employer.Register(new EmployerDetails(
                "Kainuun Konepaja Oy", BusinessId.Parse("0737546-2"), EmployerType.Company, "25620 Metallituotteiden työstö",
                "Teollisuustie 4", "87100", "Kajaani", LetterLanguage.Finnish));
            employer.AddContact(new ContactDetails("Tiina Teräs", "Toimitusjohtaja", "044 123 4567", "tiina@example.fi"));
            employer.DeclareDeMinimis(new DateOnly(2026, 3, 1), 120_000m, "Business Finland", new DateOnly(2025, 6, 1));
            db.Employers.Add(employer);
            await db.SaveChangesAsync();
            id = employer.Id;
        }

        await using var read = app.NewDbContext();
        var saved = await read.Employers.Include(e => e.Contacts).Include(e => e.DeMinimisDeclarations).SingleAsync(e => e.Id == id);

        Assert.Equal("0737546-2", saved.BusinessId!.Value);
        Assert.Equal("Tiina Teräs", Assert.Single(saved.Contacts).Name);
        Assert.Equal(180_000m, saved.DeMinimis.Headroom(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public async Task A_business_id_already_registered_is_refused_by_the_database()
    {
        await using var db = app.NewDbContext();
        // 1572860-0: 1·7 + 5·9 + 7·10 + 2·5 + 8·8 + 6·4 + 0·2 = 220; 220 mod 11 = 0, so the check digit is 0.
        db.Employers.Add(Employer.Register(new EmployerDetails("Sotkamon Sahat Oy", BusinessId.Parse("1572860-0"), EmployerType.Company, null, null, null, null, LetterLanguage.Finnish)));
        await db.SaveChangesAsync();

        db.Employers.Add(Employer.Register(new EmployerDetails("Toinen nimi Oy", BusinessId.Parse("1572860-0"), EmployerType.Company, null, null, null, null, LetterLanguage.Swedish)));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(RowVersion.IsUniqueViolation(error));
    }
}
