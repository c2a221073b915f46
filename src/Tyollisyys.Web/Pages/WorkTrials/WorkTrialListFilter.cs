using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Pages.Employers;

namespace Tyollisyys.Web.Pages.WorkTrials;

/// <summary>A work trial joined with its client and organiser: what the list filters, sorts and shows.</summary>
public sealed class TrialWithParties
{
    public WorkTrialAgreement Trial { get; init; } = null!;

    public JobSeeker Client { get; init; } = null!;

    public Employer Organiser { get; init; } = null!;
}

/// <summary>
/// The work-trial list's filters as one value, so the list and its CSV select exactly the same trials: always of the
/// clients the user may see (<see cref="ClientAccess.VisibleTo"/>). The organiser is searched as the employer
/// registry is (a name prefix or a business ID); office and municipality are the client's; the dates bound the
/// trial's agreed start date, both inclusive.
/// </summary>
public sealed record WorkTrialListFilter(
    WorkTrialStatus? Status,
    EmployerSearch Organiser,
    int? Office,
    int? Municipality,
    DateOnly? StartFrom,
    DateOnly? StartTo)
{
    public bool IsEmpty =>
        Status is null && Organiser.Kind == EmployerSearchKind.None && Office is null && Municipality is null && StartFrom is null && StartTo is null;

    public IQueryable<TrialWithParties> Apply(AppDbContext db, ClaimsPrincipal user)
    {
        var query =
            from w in db.WorkTrials.AsNoTracking()
            join j in db.JobSeekers.VisibleTo(user) on w.JobSeekerId equals j.Id
            join e in db.Employers on w.OrganiserId equals e.Id
            select new TrialWithParties { Trial = w, Client = j, Organiser = e };

        if (Status is { } status)
        {
            query = query.Where(x => x.Trial.Status == status);
        }

        var businessId = Organiser.Kind == EmployerSearchKind.BusinessId ? BusinessId.Parse(Organiser.Value) : null;
        query = Organiser.Kind switch
        {
#pragma warning disable CA1310 // EF Core turns StartsWith(string) into an escaped LIKE 'prefix%' on the byte-order key
            EmployerSearchKind.NamePrefix => query.Where(x => x.Organiser.NameKey.StartsWith(Organiser.Value)),
#pragma warning restore CA1310
            EmployerSearchKind.BusinessId => query.Where(x => x.Organiser.BusinessId == businessId),
            EmployerSearchKind.InvalidBusinessId => query.Where(x => false),
            _ => query,
        };

        if (Office is { } office)
        {
            query = query.Where(x => x.Client.OfficeId == office);
        }

        if (Municipality is { } municipality)
        {
            query = query.Where(x => x.Client.HomeMunicipalityId == municipality);
        }

        if (StartFrom is { } from)
        {
            query = query.Where(x => x.Trial.StartDate >= from);
        }

        if (StartTo is { } to)
        {
            query = query.Where(x => x.Trial.StartDate <= to);
        }

        return query;
    }

    /// <summary>What the audit trail keeps of the filters: never the organiser text typed, only its kind.</summary>
    public string AuditText => string.Create(
        CultureInfo.InvariantCulture,
        $"status={Status?.ToString() ?? "all"} organiser={Organiser.Kind} office={Office?.ToString(CultureInfo.InvariantCulture) ?? "all"} municipality={Municipality?.ToString(CultureInfo.InvariantCulture) ?? "all"} from={StartFrom:yyyy-MM-dd} to={StartTo:yyyy-MM-dd}");
}
