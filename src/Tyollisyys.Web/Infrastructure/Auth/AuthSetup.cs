using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Infrastructure.Auth;

public static class AuthSetup
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static void AddStaffAuth(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services
            .AddIdentity<StaffUser, IdentityRole<Guid>>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): at least 12 characters.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // A deactivated user or a reset password ends existing sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tyollisyys.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Error/403";
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // Answer 403 in place; the status-code page shows the Finnish explanation.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tyollisyys.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Manager, p => p.RequireRole(Roles.Manager))
            .AddPolicy(Policies.ClientWork, p => p.RequireRole(Roles.Counsellor, Roles.Manager));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
    }
}
