using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data.DueItems;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class ClientDueItemConfiguration : IEntityTypeConfiguration<ClientDueItem>
{
    public void Configure(EntityTypeBuilder<ClientDueItem> builder)
    {
        builder.HasKey(i => new { i.JobSeekerId, i.Kind, i.Ordinal });
        builder.Property(i => i.Ordinal).ValueGeneratedNever();
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(i => i.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        // Items by date across clients (e.g. everything overdue), read with kind and client from the index alone.
        builder.HasIndex(i => new { i.DueOn, i.Kind, i.JobSeekerId });
    }
}

internal sealed class ClientDueSummaryConfiguration : IEntityTypeConfiguration<ClientDueSummary>
{
    public void Configure(EntityTypeBuilder<ClientDueSummary> builder)
    {
        builder.HasKey(s => s.JobSeekerId);
        builder.Property(s => s.JobSeekerId).ValueGeneratedNever();
        builder.HasOne<JobSeeker>().WithOne().HasForeignKey<ClientDueSummary>(s => s.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ComputedOn);
        builder.HasIndex(s => s.CounsellorId);
    }
}
