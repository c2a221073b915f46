using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Pages.Manager.Kpi;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Benchmark;
using Tyollisyys.Web.Infrastructure.Commands;
using Tyollisyys.Web.Infrastructure.Health;
using Tyollisyys.Web.Infrastructure.LocalPostgres;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Logging;
using Tyollisyys.Web.Infrastructure.Pdf;
using Tyollisyys.Web.Infrastructure.Security;
using Tyollisyys.Web.Infrastructure.Validation;

var builder = WebApplication.CreateBuilder(args);
builder.AddTyollisyysLogging();

var services = builder.Services;
services.AddSingleton(TimeProvider.System);
services.AddSingleton<DatabaseConnection>();
services.AddSingleton<MigrationRunner>();
services.Configure<LocalPostgresOptions>(builder.Configuration.GetSection(LocalPostgresOptions.Section));
services.AddDbContext<AppDbContext>((provider, options) =>
    options.UseNpgsql(provider.GetRequiredService<DatabaseConnection>().ConnectionString));
services.AddDataProtection().SetApplicationName("Tyollisyys").PersistKeysToDbContext<AppDbContext>();
services.AddHttpContextAccessor();
// Finnish and Swedish letters are written as themselves, not as numeric entities.
services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
services.AddScoped<AuditLog>();
services.AddScoped<DemoData>();
services.Configure<DueItemRefreshOptions>(builder.Configuration.GetSection(DueItemRefreshOptions.Section));
services.AddSingleton<DueItemRefresher>();
services.AddHostedService(provider => provider.GetRequiredService<DueItemRefresher>());
services.Configure<PdfOptions>(builder.Configuration.GetSection(PdfOptions.Section));
services.AddSingleton<PdfRenderer>();
services.AddSingleton<PrintStyles>();
services.Configure<KpiCountOptions>(builder.Configuration.GetSection(KpiCountOptions.Section));
services.AddHostedService<KpiCountRefresher>();
services.AddTyollisyysLocalization();
services.AddTyollisyysValidators();
services.AddStaffAuth(builder.Environment);
services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    options.Conventions.AuthorizeFolder("/JobSeekers", Policies.ClientWork);
    options.Conventions.AuthorizeFolder("/Worklist", Policies.ClientWork);
    options.Conventions.AuthorizeFolder("/Employers", Policies.ClientWork);
    options.Conventions.AuthorizePage("/Worklist/Team", Policies.Manager);
    options.Conventions.AuthorizeFolder("/Kuntalisa", Policies.ClientWork);
    options.Conventions.AuthorizeFolder("/Manager", Policies.Manager);
    options.Conventions.AuthorizeFolder("/WorkTrials", Policies.ClientWork);
    options.Conventions.AuthorizePage("/JobSeekers/Kuntalisa/Decide", Policies.Manager);
    options.Conventions.AllowAnonymousToPage("/Account/Login");
    options.Conventions.AllowAnonymousToPage("/Error");
    options.Conventions.AllowAnonymousToPage("/Language");
}).AddMvcOptions(options =>
    // FluentValidation gives every message, in the user's language; no implicit English "field is required".
    options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);

var app = builder.Build();

if (await AppCommands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

if (!await DatabaseStartup.RunAsync(app))
{
    return 1;
}

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler("/Error");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error/{0}");
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<ForcedPasswordChangeMiddleware>();
app.UseAuthorization();
app.MapRazorPages();
app.MapHealth();
app.MapReferencePages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
