namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// The appropriation an approval commits against (the municipality's for the year of the decision) and what the
/// municipality's other decisions already hold against it. The web layer reads both under a lock, so two
/// managers approving at the same moment see each other's commitments.
/// </summary>
public sealed record AppropriationRoom(decimal Appropriation, decimal CommittedByOthers)
{
    /// <summary>What is still free; negative only if the appropriation was lowered below the commitments.</summary>
    public decimal Free => Appropriation - CommittedByOthers;
}
