using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Domain.Process;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The app's one DbContext. Its save also keeps the stored due items (<see cref="ClientDueItems"/>) right: whenever a
/// save adds, changes or deletes what a client's deadlines depend on, the client's rows are recomputed in the same
/// transaction (one is opened if the caller has none), so the caseload review never sees a half-applied change.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly TimeProvider _clock = TimeProvider.System;

    /// <summary>The constructor the app's services use; the clock says what "today" is for the due items.</summary>
    public AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider clock)
        : this(options)
    {
        _clock = clock;
    }

    public DbSet<EmploymentArea> EmploymentAreas => Set<EmploymentArea>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<JobSeeker> JobSeekers => Set<JobSeeker>();

    public DbSet<JobSearchSpell> JobSearchSpells => Set<JobSearchSpell>();

    public DbSet<JobSeekerResidence> JobSeekerResidences => Set<JobSeekerResidence>();

    public DbSet<ProcessRuleSet> ProcessRuleSets => Set<ProcessRuleSet>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<CapacityDomain> CapacityDomains => Set<CapacityDomain>();

    public DbSet<FunctionalCapacityAssessment> CapacityAssessments => Set<FunctionalCapacityAssessment>();

    public DbSet<CapacityRating> CapacityRatings => Set<CapacityRating>();

    public DbSet<ServiceOffering> ServiceOfferings => Set<ServiceOffering>();

    public DbSet<EmploymentPlan> EmploymentPlans => Set<EmploymentPlan>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<KuntalisaRuleVersion> KuntalisaRuleVersions => Set<KuntalisaRuleVersion>();

    public DbSet<Appropriation> Appropriations => Set<Appropriation>();

    public DbSet<KuntalisaDecision> KuntalisaDecisions => Set<KuntalisaDecision>();

    public DbSet<KuntalisaPaymentClaim> KuntalisaPaymentClaims => Set<KuntalisaPaymentClaim>();

    public DbSet<KuntalisaNumberSeries> KuntalisaNumberSeries => Set<KuntalisaNumberSeries>();

    public DbSet<WorkTrialAgreement> WorkTrials => Set<WorkTrialAgreement>();

    public DbSet<WorkTrialSettings> WorkTrialSettings => Set<WorkTrialSettings>();

    public DbSet<AllowanceRate> AllowanceRates => Set<AllowanceRate>();

    public DbSet<KpiTarget> KpiTargets => Set<KpiTarget>();

    public DbSet<Pages.Manager.Kpi.KpiKeptCount> KpiCounts => Set<Pages.Manager.Kpi.KpiKeptCount>();

    public DbSet<ClientDueItem> ClientDueItems => Set<ClientDueItem>();

    public DbSet<ClientDueSummary> ClientDueSummaries => Set<ClientDueSummary>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = DueItemChanges.Collect(ChangeTracker);
        if (changes.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        IDbContextTransaction? own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (changes.RulesChanged)
            {
                await DueItems.ClientDueItems.MarkAllStaleAsync(this, cancellationToken);
            }

            await DueItems.ClientDueItems.RecomputeAsync(this, changes.ClientIds(), _clock.FinnishToday(), cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    /// <summary>Client data is saved asynchronously only: the due items are recomputed with async queries.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        DueItemChanges.Collect(ChangeTracker).IsEmpty
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Save client data with SaveChangesAsync, so that its due items are kept in step.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.HasSequence<long>(Configurations.JobSeekerConfiguration.CustomerNumbers).StartsAt(100001);
        SnakeCaseNames.Apply(builder);
    }
}
