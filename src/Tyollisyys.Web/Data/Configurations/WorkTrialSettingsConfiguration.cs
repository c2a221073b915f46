using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class WorkTrialSettingsConfiguration : IEntityTypeConfiguration<WorkTrialSettings>
{
    public void Configure(EntityTypeBuilder<WorkTrialSettings> builder)
    {
        builder.ToTable("work_trial_settings", t => t.HasCheckConstraint("ck_work_trial_settings_single_row", $"id = {WorkTrialSettings.SingleRowId}"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(s => s.FollowUpRule);
    }
}

/// <summary>The dated rates; the effective date is the key (one rate per day), and rates are added and withdrawn, never edited.</summary>
internal sealed class AllowanceRateConfiguration : IEntityTypeConfiguration<AllowanceRate>
{
    public void Configure(EntityTypeBuilder<AllowanceRate> builder)
    {
        builder.ToTable("work_trial_allowance_rates");
        builder.HasKey(r => r.EffectiveFrom);
        builder.Property(r => r.EffectiveFrom).ValueGeneratedNever();
        builder.Property(r => r.Normal).HasPrecision(12, 2);
        builder.Property(r => r.OutsideCommuting).HasPrecision(12, 2);
    }
}
