using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class ProcessRuleSetConfiguration : IEntityTypeConfiguration<ProcessRuleSet>
{
    public void Configure(EntityTypeBuilder<ProcessRuleSet> builder)
    {
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Ignore(r => r.SupplementaryConversations);
        builder.Property<int?>("SupplementaryInitialCount");
        builder.Property<int?>("SupplementaryInitialMonths");
        builder.Property<int?>("SupplementaryLaterCount");
        builder.Property<int?>("SupplementaryLaterAfterMonths");
        builder.Property<int?>("SupplementaryLaterWindowMonths");
        builder.Property<uint>("xmin").IsRowVersion();

        // Two sets taking effect on the same day would leave "the set in force" undefined.
        builder.HasIndex(r => r.EffectiveFrom).IsUnique();
    }
}
