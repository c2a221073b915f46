using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Employers;

/// <summary>
/// One line of the employer's de minimis declaration: aid of <see cref="Amount"/> granted by <see cref="GrantingBody"/>
/// on <see cref="AidDate"/>, as the employer declared it on <see cref="DeclaredOn"/>. It records a fact about aid
/// already received, so it is accepted even when it takes the total over the ceiling: that is exactly what the
/// register must then know (see <see cref="DeMinimis"/>).
/// </summary>
public sealed class DeMinimisDeclaration
{
    public const int GrantingBodyMaxLength = 200;

    private DeMinimisDeclaration()
    {
        GrantingBody = string.Empty;
    }

    internal DeMinimisDeclaration(Guid key, DateOnly declaredOn, decimal amount, string grantingBody, DateOnly aidDate)
        : this()
    {
        var cents = decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (cents <= 0m || cents > DeMinimis.Ceiling)
        {
            throw new DomainException(
                "Employers.DeMinimisAmountInvalid",
                $"A de minimis amount must be more than 0 and at most {DeMinimis.Ceiling} euros.",
                DeMinimis.Ceiling);
        }

        if (aidDate > declaredOn)
        {
            throw new DomainException("Employers.DeMinimisAidAfterDeclaration", "Only aid already granted can be declared.");
        }

        Key = key;
        DeclaredOn = declaredOn;
        Amount = cents;
        GrantingBody = Guard.RequiredText(grantingBody, GrantingBodyMaxLength, "Employers.DeMinimisGrantingBodyRequired", "Granting body");
        AidDate = aidDate;
    }

    public int Id { get; private set; }

    public int EmployerId { get; private set; }

    public Guid Key { get; private set; }

    /// <summary>The day the employer signed the declaration.</summary>
    public DateOnly DeclaredOn { get; private set; }

    /// <summary>Euros, rounded to cents.</summary>
    public decimal Amount { get; private set; }

    public string GrantingBody { get; private set; }

    /// <summary>The day the aid was granted: what places it in the rolling three-year window.</summary>
    public DateOnly AidDate { get; private set; }
}
