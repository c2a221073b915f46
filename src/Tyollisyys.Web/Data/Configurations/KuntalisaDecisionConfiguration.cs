using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class KuntalisaDecisionConfiguration : IEntityTypeConfiguration<KuntalisaDecision>
{
    public void Configure(EntityTypeBuilder<KuntalisaDecision> builder)
    {
        builder.ToTable("kuntalisa_decisions");
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.CollectiveAgreement).HasMaxLength(KuntalisaDecision.CollectiveAgreementMaxLength);
        builder.Property(d => d.Number).HasMaxLength(20);
        builder.Property(d => d.WeeklyHours).HasPrecision(5, 2);
        builder.Property(d => d.GrossMonthlyPay).HasPrecision(12, 2);
        builder.Property(d => d.MonthlyEmployerCosts).HasPrecision(12, 2);
        builder.Property(d => d.RequestedPercent).HasPrecision(5, 2);
        builder.Property(d => d.GrantedPercent).HasPrecision(5, 2);
        builder.Property(d => d.GrantedMonthlyAmount).HasPrecision(12, 2);
        builder.Property(d => d.GrantedTotal).HasPrecision(12, 2);
        builder.Property(d => d.GrantedBonus).HasPrecision(12, 2);
        builder.Property(d => d.Committed).HasPrecision(12, 2);
        builder.Property(d => d.AllowedTotal).HasPrecision(12, 2);
        builder.Property(d => d.RecoveryAmount).HasPrecision(12, 2);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(d => d.Employment);
        builder.Ignore(d => d.DecidedApplicant);
        builder.Ignore(d => d.SubsidyPeriod);
        builder.Ignore(d => d.IsLive);
        builder.Ignore(d => d.TotalPaid);
        builder.Ignore(d => d.Remaining);
        builder.Ignore(d => d.RemainingForClaims);

        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(d => d.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(d => d.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<KuntalisaRuleVersion>().WithMany().HasForeignKey(d => d.RuleVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Claims).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Claims).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(d => d.JobSeekerId);
        builder.HasIndex(d => d.EmployerId);
        builder.HasIndex(d => d.RuleVersionId);
        // The approval queue and the budget's sums read by status and by municipality and year.
        builder.HasIndex(d => new { d.Status, d.SubmittedAt });
        // Gapless numbering is done by the counter; this index guarantees no number is given twice.
        builder.HasIndex(d => new { d.MunicipalityId, d.NumberYear, d.NumberSequence }).IsUnique().HasDatabaseName("ix_kuntalisa_decisions_number");
    }
}

internal sealed class KuntalisaPaymentClaimConfiguration : IEntityTypeConfiguration<KuntalisaPaymentClaim>
{
    public void Configure(EntityTypeBuilder<KuntalisaPaymentClaim> builder)
    {
        builder.ToTable("kuntalisa_payment_claims");
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.WagesPaid).HasPrecision(12, 2);
        builder.Property(c => c.Months).HasPrecision(8, 4);
        builder.Property(c => c.PayableAmount).HasPrecision(12, 2);
        builder.HasIndex(c => new { c.DecisionId, c.Key }).IsUnique();
    }
}

internal sealed class KuntalisaNumberSeriesConfiguration : IEntityTypeConfiguration<KuntalisaNumberSeries>
{
    public void Configure(EntityTypeBuilder<KuntalisaNumberSeries> builder)
    {
        builder.ToTable("kuntalisa_number_series");
        builder.HasKey(s => new { s.MunicipalityId, s.Year });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
