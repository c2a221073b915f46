using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Tyollisyys.Web.Infrastructure.Validation;

public static class ValidationSetup
{
    /// <summary>Registers every validator in this assembly; pages call them explicitly.</summary>
    public static void AddTyollisyysValidators(this IServiceCollection services)
    {
        var validators = typeof(ValidationSetup).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddSingleton(service, implementation);
        }
    }

    /// <summary>Copies the messages onto the form's fields (under the bound property's prefix).</summary>
    public static bool IsValidInto(this ValidationResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }

        return result.IsValid;
    }
}
