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
        // Overdue and due-soon counts: a range of due_on, read with the kind and client from the index alone.
        builder.HasIndex(i => new { i.DueOn, i.Kind, i.JobSeekerId });
    }
}

internal sealed class ClientDueItemRefreshConfiguration : IEntityTypeConfiguration<ClientDueItemRefresh>
{
    public void Configure(EntityTypeBuilder<ClientDueItemRefresh> builder)
    {
        builder.HasKey(r => r.JobSeekerId);
        builder.Property(r => r.JobSeekerId).ValueGeneratedNever();
        builder.HasOne<JobSeeker>().WithOne().HasForeignKey<ClientDueItemRefresh>(r => r.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ComputedOn);
    }
}
