using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Tyollisyys.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static void AddTyollisyysLocalization(this IServiceCollection services)
    {
        services.AddSingleton<StringTables>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedLanguages.Cultures[0]);
            options.SupportedCultures = [.. SupportedLanguages.Cultures];
            options.SupportedUICultures = [.. SupportedLanguages.Cultures];
            // Only the user's explicit choice, remembered in a cookie: Finnish until they choose otherwise.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }
}
