using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Roles).HasMaxLength(100);
        builder.Property(e => e.RecordType).HasMaxLength(60);
        builder.Property(e => e.RecordId).HasMaxLength(100);
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Path).HasMaxLength(300);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
        builder.HasIndex(e => new { e.ClientId, e.OccurredAt });
    }
}
