using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

/// <summary>Every page that shows a client's data leaves a view row, not only the card.</summary>
public sealed class ClientFormViewAuditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("Edit", "edit-form")]
    [InlineData("EndSpell", "spell-ended-form")]
    [InlineData("StartSpell", "spell-started-form")]
    [InlineData("Reassign", "reassign-form")]
    public async Task Opening_a_form_with_the_clients_data_is_audited_as_a_view(string page, string reason)
    {
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja2");

        await client.PageAsync($"{TestClients.CardUrl(clientId)}/{page}");

        Assert.Equal(1, await TestClients.AuditCountAsync(app, clientId, AuditAction.View, reason, "JobSeeker"));
    }
}
