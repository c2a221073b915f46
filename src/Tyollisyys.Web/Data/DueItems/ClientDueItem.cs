using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// One unmet due item of an active client (or the long-term unemployment onset still ahead), as
/// <see cref="DeadlineCalculator"/> gave it when the client's rows were last computed (see <see cref="ClientDueItems"/>).
/// Whether it is overdue is decided when read (due before today). <see cref="Ordinal"/> is the calculator's ordinal,
/// 0 for one-off items; <see cref="Subject"/> what a plan action is about. A projection for reading, never edited.
/// </summary>
public sealed class ClientDueItem
{
    public long JobSeekerId { get; init; }

    public DueItemKind Kind { get; init; }

    public int Ordinal { get; init; }

    public DateOnly DueOn { get; init; }

    public string? Subject { get; init; }
}
