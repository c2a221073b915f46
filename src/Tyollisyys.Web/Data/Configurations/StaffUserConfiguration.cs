using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Organisation;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Office>().WithMany().HasForeignKey(u => u.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OfficeId);
    }
}
