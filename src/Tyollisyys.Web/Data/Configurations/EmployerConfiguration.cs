using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Name).HasMaxLength(Employer.NameMaxLength);
        // As for clients: a byte-order key serves both ORDER BY and LIKE 'prefix%' on one btree.
        builder.Property(e => e.NameKey).HasMaxLength(Employer.NameMaxLength).UseCollation("C");
        builder.Property(e => e.BusinessId)
            .HasConversion(id => id!.Value, text => BusinessId.Parse(text))
            .HasMaxLength(9);
        builder.Property(e => e.Industry).HasMaxLength(Employer.IndustryMaxLength);
        builder.Property(e => e.StreetAddress).HasMaxLength(Employer.StreetAddressMaxLength);
        builder.Property(e => e.PostalCode).HasMaxLength(5);
        builder.Property(e => e.PostOffice).HasMaxLength(Employer.PostOfficeMaxLength);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(e => e.DeMinimis);
        builder.Ignore(e => e.MayReceiveKuntalisa);
        builder.Ignore(e => e.MayOrganiseWorkTrial);

        builder.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.DeMinimisDeclarations).WithOne().HasForeignKey(d => d.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.DeMinimisDeclarations).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A business ID is registered once; private persons have none (NULLs do not collide).
        builder.HasIndex(e => e.BusinessId).IsUnique();
        builder.HasIndex(e => new { e.NameKey, e.Id });
    }
}

internal sealed class EmployerContactConfiguration : IEntityTypeConfiguration<EmployerContact>
{
    public void Configure(EntityTypeBuilder<EmployerContact> builder)
    {
        builder.ToTable("employer_contacts");
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(50);
        builder.Property(c => c.Email).HasMaxLength(254);
        // Contacts are edited one at a time on their own form: a stale edit or removal is refused, not applied.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(c => new { c.EmployerId, c.Key }).IsUnique();
    }
}

internal sealed class DeMinimisDeclarationConfiguration : IEntityTypeConfiguration<DeMinimisDeclaration>
{
    public void Configure(EntityTypeBuilder<DeMinimisDeclaration> builder)
    {
        builder.ToTable("de_minimis_declarations");
        builder.Property(d => d.Id).UseIdentityAlwaysColumn();
        builder.Property(d => d.Amount).HasPrecision(12, 2);
        builder.Property(d => d.GrantingBody).HasMaxLength(200);
        builder.HasIndex(d => new { d.EmployerId, d.AidDate });
        builder.HasIndex(d => new { d.EmployerId, d.Key }).IsUnique();
    }
}
