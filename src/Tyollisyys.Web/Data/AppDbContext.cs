using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
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

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.HasSequence<long>(Configurations.JobSeekerConfiguration.CustomerNumbers).StartsAt(100001);
        SnakeCaseNames.Apply(builder);
    }
}
