namespace Tyollisyys.Web.Data;

/// <summary>
/// The last decision number given per municipality and year. Incremented inside the approval's transaction, so the
/// row stays locked until that approval commits or rolls back: numbers are never skipped nor given twice.
/// </summary>
public sealed class KuntalisaNumberSeries
{
    public int MunicipalityId { get; set; }

    public int Year { get; set; }

    public int LastSequence { get; set; }
}
