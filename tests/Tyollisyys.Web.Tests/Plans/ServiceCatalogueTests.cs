using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Plans;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Plans;

public sealed class ServiceCatalogueTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_catalogue_starts_with_the_seeded_services_in_three_languages()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/Services");

        var text = page.Body!.TextContent;
        Assert.Contains("Työnhakuvalmennus", text, StringComparison.Ordinal);
        Assert.Contains("Jobbsökarträning", text, StringComparison.Ordinal);
        Assert.Contains("Kuntouttava työtoiminta", text, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll("tbody tr").Length >= 6);
    }

    [Fact]
    public async Task An_admin_adds_a_service_and_the_addition_is_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using var response = await admin.PostFormAsync("/Admin/Services/Create", new()
        {
            ["Input.NameFi"] = "Digitaitojen valmennus",
            ["Input.NameSv"] = "Coachning i digitala färdigheter",
            ["Input.NameEn"] = "Digital skills coaching",
            ["Input.Provider"] = "Kajaanin kaupunki",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var service = await db.ServiceOfferings.SingleAsync(s => s.NameFi == "Digitaitojen valmennus");
        Assert.True(service.IsActive);
        Assert.Equal("Kajaanin kaupunki", service.Provider);
        var id = service.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Create && e.RecordType == "ServiceOffering" && e.RecordId == id));
    }

    [Fact]
    public async Task Missing_names_and_a_taken_name_are_explained_in_Finnish()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var missing = await admin.PostFormExpectingPageAsync("/Admin/Services/Create", new() { ["Input.NameFi"] = "Jotain", ["Input.NameSv"] = "", ["Input.NameEn"] = "" });
        var taken = await admin.PostFormExpectingPageAsync("/Admin/Services/Create", new() { ["Input.NameFi"] = "Uravalmennus", ["Input.NameSv"] = "X", ["Input.NameEn"] = "Y" });

        Assert.Equal(["Anna palvelun nimi englanniksi.", "Anna palvelun nimi ruotsiksi."], StaffClient.ErrorMessages(missing).Order(StringComparer.Ordinal));
        Assert.Equal(["Palvelu nimeltä Uravalmennus on jo olemassa."], StaffClient.ErrorMessages(taken));
        Assert.Equal("Jotain", missing.QuerySelector("input[name='Input.NameFi']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_deactivated_service_is_no_longer_offered_for_new_actions_but_still_shows_in_an_old_version()
    {
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        int serviceId;
        await using (var db = app.NewDbContext())
        {
            var service = new ServiceOffering("Vanha palvelu", "Gammal tjänst", "Old service", null);
            db.ServiceOfferings.Add(service);
            await db.SaveChangesAsync();
            serviceId = service.Id;
            var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
            var today = TestClients.Today;
            db.EmploymentPlans.Add(EmploymentPlan.Agree(
                clientId,
                null,
                new PlanContent(PlanType.Activation, "Tavoite", today, today.AddMonths(2), [new PlanAction(Guid.Empty, "Osallistu", ActionResponsible.JobSeeker, null, null, PlanActionStatus.Agreed, null, serviceId)], today, [(4, null), (4, null), (4, null)]),
                author,
                DateTimeOffset.UtcNow,
                today));
            await db.SaveChangesAsync();
        }

        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var editUrl = $"/Admin/Services/Edit/{serviceId}";
        var fields = FormReader.FieldsOf(await admin.PageAsync(editUrl));
        fields.Remove("Input.IsActive");
        fields["Input.IsActive"] = "false";
        using (var response = await admin.PostFormAsync(editUrl, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var version = await counsellor.PageAsync($"/JobSeekers/{clientId}/Plan/Versions/1");
        var firstClientForm = await counsellor.PageAsync($"/JobSeekers/{clientId}/Plan/Edit");
        var (otherClient, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var otherForm = await counsellor.PageAsync($"/JobSeekers/{otherClient}/Plan/Edit");

        var value = serviceId.ToString(CultureInfo.InvariantCulture);
        Assert.Contains("Vanha palvelu", version.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(firstClientForm.QuerySelector($"select[name='Input.Actions[0].ServiceId'] option[value='{value}']"));
        Assert.Null(otherForm.QuerySelector($"select[name='Input.Actions[0].ServiceId'] option[value='{value}']"));
        await using var check = app.NewDbContext();
        Assert.False((await check.ServiceOfferings.SingleAsync(s => s.Id == serviceId)).IsActive);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.RecordType == "ServiceOffering" && e.RecordId == value && e.Reason == "deactivated"));
    }

    [Fact]
    public async Task A_stale_service_edit_is_refused()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        int id;
        await using (var db = app.NewDbContext())
        {
            id = await db.ServiceOfferings.Where(s => s.NameFi == "Palkkatuki").Select(s => s.Id).SingleAsync();
        }

        var url = $"/Admin/Services/Edit/{id}";
        var stale = FormReader.FieldsOf(await admin.PageAsync(url));
        var fresh = FormReader.FieldsOf(await admin.PageAsync(url));
        fresh["Input.Provider"] = "Työllisyyspalvelut";
        using (await admin.PostFormAsync(url, fresh))
        {
        }

        stale["Input.Provider"] = "Joku muu";
        var page = await admin.PostFormExpectingPageAsync(url, stale);

        Assert.Contains("Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen.", StaffClient.ErrorMessages(page));
        await using var check = app.NewDbContext();
        Assert.Equal("Työllisyyspalvelut", (await check.ServiceOfferings.SingleAsync(s => s.Id == id)).Provider);
    }

    [Fact]
    public async Task The_card_section_counts_the_current_versions_open_actions_in_one_query()
    {
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await using var db = app.NewDbContext();

        var none = await PlanCardSection.LoadAsync(db, clientId);
        await TestPlans.AgreeAsync(app, clientId);
        await TestPlans.AgreeAsync(app, clientId);
        var section = await PlanCardSection.LoadAsync(db, clientId);

        Assert.False(none.HasPlan);
        Assert.True(section.HasPlan);
        Assert.Equal(2, section.Version);
        Assert.Equal(PlanType.Employment, section.Type);
        Assert.Equal(TestClients.Today.AddMonths(3), section.NextReviewDate);
        Assert.Equal(1, section.OpenActions);
    }
}
