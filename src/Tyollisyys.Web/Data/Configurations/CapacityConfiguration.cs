using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class CapacityDomainConfiguration : IEntityTypeConfiguration<CapacityDomain>
{
    public void Configure(EntityTypeBuilder<CapacityDomain> builder)
    {
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.Code).HasMaxLength(CapacityDomain.MaxCodeLength);
        builder.Property(d => d.NameFi).HasMaxLength(CapacityDomain.MaxNameLength);
        builder.Property(d => d.NameSv).HasMaxLength(CapacityDomain.MaxNameLength);
        builder.Property(d => d.NameEn).HasMaxLength(CapacityDomain.MaxNameLength);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

/// <summary>An assessment and its ratings are written once and never edited, so neither has a row version.</summary>
internal sealed class FunctionalCapacityAssessmentConfiguration : IEntityTypeConfiguration<FunctionalCapacityAssessment>
{
    public void Configure(EntityTypeBuilder<FunctionalCapacityAssessment> builder)
    {
        builder.ToTable("CapacityAssessments");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Summary).HasColumnType("text");
        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(a => a.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Ratings).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.JobSeekerId, a.AssessedOn });
    }
}

internal sealed class CapacityRatingConfiguration : IEntityTypeConfiguration<CapacityRating>
{
    public void Configure(EntityTypeBuilder<CapacityRating> builder)
    {
        builder.ToTable("CapacityRatings");
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Observation).HasColumnType("text");
        builder.HasOne<CapacityDomain>().WithMany().HasForeignKey(r => r.DomainId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AssessmentId, r.DomainId }).IsUnique();
    }
}
