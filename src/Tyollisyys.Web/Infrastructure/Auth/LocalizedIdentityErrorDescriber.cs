using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>Identity's messages (password rules, duplicate names, concurrency) in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Identity.PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["Identity.PasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Identity.DuplicateUserName", userName]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Identity.InvalidUserName"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Error.Concurrency"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Identity.PasswordMismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Error.Unexpected"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Error.Unexpected"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
