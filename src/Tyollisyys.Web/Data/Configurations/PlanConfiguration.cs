using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.ValueGeneration;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Plans;

namespace Tyollisyys.Web.Data.Configurations;

/// <summary>
/// A plan version with its actions and obligation periods as owned collections: they load with the plan in one
/// query, and the plan is written once and never updated (a new version is a new row).
/// </summary>
internal sealed class EmploymentPlanConfiguration : IEntityTypeConfiguration<EmploymentPlan>
{
    public const string Ordinal = "Ordinal";

    public void Configure(EntityTypeBuilder<EmploymentPlan> builder)
    {
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.Goals).HasColumnType("text");
        builder.Ignore(p => p.OpenActionCount);
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(p => p.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);

        // Two saves based on the same version both try to insert the same next version: the second is refused.
        builder.HasIndex(p => new { p.JobSeekerId, p.Version }).IsUnique();
        builder.HasIndex(p => p.AuthorId);

        builder.OwnsMany(p => p.Actions, action =>
        {
            action.ToTable("PlanActions");
            action.WithOwner().HasForeignKey("EmploymentPlanId");
            // The row's place in the plan; as part of the key it also makes EF Core load the actions in order.
            action.Property<int>(Ordinal).ValueGeneratedNever().HasValueGenerator<PlanActionOrdinals>();
            action.HasKey("EmploymentPlanId", Ordinal);
            action.Property(a => a.What).HasColumnType("text");
            action.Property(a => a.OrganisationName).HasMaxLength(PlanAction.OrganisationNameMaxLength);
            action.Ignore(a => a.IsOpen);
            action.HasOne<ServiceOffering>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.ObligationPeriods, period =>
        {
            period.ToTable("PlanObligationPeriods");
            period.WithOwner().HasForeignKey("EmploymentPlanId");
            period.HasKey("EmploymentPlanId", nameof(ObligationPeriod.Number));
            period.Property(o => o.Number).ValueGeneratedNever();
            period.Property(o => o.ReducedReason).HasColumnType("text");
            period.Ignore(o => o.IsReduced);
        });
        builder.Navigation(p => p.ObligationPeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> builder)
    {
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.Property(s => s.NameFi).HasMaxLength(ServiceOffering.NameMaxLength);
        builder.Property(s => s.NameSv).HasMaxLength(ServiceOffering.NameMaxLength);
        builder.Property(s => s.NameEn).HasMaxLength(ServiceOffering.NameMaxLength);
        builder.Property(s => s.Provider).HasMaxLength(ServiceOffering.NameMaxLength);
        builder.HasIndex(s => s.NameFi).IsUnique();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

/// <summary>
/// Numbers a new plan's actions 1, 2, 3… in the order of the plan's list, when the plan is added. The domain keeps
/// no row numbers; the owner is found among the added plans by reference.
/// </summary>
internal sealed class PlanActionOrdinals : ValueGenerator<int>
{
    public override bool GeneratesTemporaryValues => false;

    public override int Next(EntityEntry entry)
    {
        var tracker = entry.Context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false; // no change detection while EF Core is itself attaching the plan
        try
        {
            foreach (var plan in tracker.Entries<EmploymentPlan>())
            {
                var index = IndexOf(plan.Entity.Actions, entry.Entity);
                if (index >= 0)
                {
                    return index + 1;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }

        throw new InvalidOperationException("A plan action was added without its plan.");
    }

    private static int IndexOf(IReadOnlyList<PlanAction> actions, object action)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            if (ReferenceEquals(actions[i], action))
            {
                return i;
            }
        }

        return -1;
    }
}
