using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Pages.Manager.Kpi;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class KpiTargetConfiguration : IEntityTypeConfiguration<KpiTarget>
{
    public void Configure(EntityTypeBuilder<KpiTarget> builder)
    {
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property(t => t.Value).HasPrecision(12, 2);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(t => t.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        // One target per municipality, year and figure: two admins adding the same one at once get one and a refusal.
        builder.HasIndex(t => new { t.MunicipalityId, t.Year, t.Kpi }).IsUnique();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class KpiKeptCountConfiguration : IEntityTypeConfiguration<KpiKeptCount>
{
    public void Configure(EntityTypeBuilder<KpiKeptCount> builder)
    {
        builder.HasKey(c => new { c.MunicipalityId, c.Kpi, c.PeriodFrom, c.PeriodTo });
        builder.Property(c => c.MunicipalityId).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.Counts);
        // The nightly recomputation looks for counts judged before today.
        builder.HasIndex(c => c.JudgedOn);
    }
}

/// <summary>
/// The indexes the KPI queries (Pages/Manager/Kpi/KpiQueries.cs) need on other areas' tables, kept here with the
/// reason: trials completed in a period, and a municipality's decisions by the day they were decided.
/// </summary>
internal sealed class KpiIndexConfiguration : IEntityTypeConfiguration<WorkTrialAgreement>, IEntityTypeConfiguration<KuntalisaDecision>
{
    public void Configure(EntityTypeBuilder<WorkTrialAgreement> builder) => builder.HasIndex(t => t.CompletedOn);

    public void Configure(EntityTypeBuilder<KuntalisaDecision> builder) => builder.HasIndex(d => new { d.MunicipalityId, d.DecidedOn });
}
