using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Organisation;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class EmploymentAreaConfiguration : IEntityTypeConfiguration<EmploymentArea>
{
    public void Configure(EntityTypeBuilder<EmploymentArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.Property(m => m.NameFi).HasMaxLength(100);
        builder.Property(m => m.NameSv).HasMaxLength(100);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasOne<EmploymentArea>().WithMany().HasForeignKey(m => m.EmploymentAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}
