using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Organisation;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class JobSeekerConfiguration : IEntityTypeConfiguration<JobSeeker>
{
    public const string CustomerNumbers = "customer_numbers";

    public void Configure(EntityTypeBuilder<JobSeeker> builder)
    {
        builder.Property(j => j.Id).UseIdentityAlwaysColumn();
        builder.Property(j => j.IdentityCode).HasMaxLength(11);
        builder.Property(j => j.CustomerNumber).HasMaxLength(20);
        builder.Property(j => j.FirstNames).HasMaxLength(100);
        builder.Property(j => j.LastName).HasMaxLength(100);
        // The search keys compare byte by byte ("C"): the same order on every server whatever its locale,
        // and an ordinary btree then serves both ORDER BY and LIKE 'prefix%'.
        builder.Property(j => j.NameKey).HasMaxLength(201).UseCollation("C");
        builder.Property(j => j.FirstNameKey).HasMaxLength(201).UseCollation("C");
        builder.Property(j => j.Phone).HasMaxLength(40);
        builder.Property(j => j.Email).HasMaxLength(254);
        builder.Property(j => j.StreetAddress).HasMaxLength(200);
        builder.Property(j => j.PostalCode).HasMaxLength(10);
        builder.Property(j => j.PostOffice).HasMaxLength(100);
        builder.Property(j => j.OtherLanguage).HasMaxLength(50);
        builder.Property(j => j.OccupationGoals).HasMaxLength(2000);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(j => j.FullName);
        builder.Ignore(j => j.Code);
        builder.Ignore(j => j.CurrentSpell);

        builder.HasOne<StaffUser>().WithMany().HasForeignKey(j => j.CounsellorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Office>().WithMany().HasForeignKey(j => j.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(j => j.HomeMunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(j => j.Spells).WithOne().HasForeignKey(s => s.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(j => j.Spells).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(j => j.Residences).WithOne().HasForeignKey(r => r.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(j => j.Residences).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Equality and prefix search (LIKE 'abc%') on one unique index, whatever the database's collation.
        builder.HasIndex(j => j.IdentityCode).IsUnique().HasOperators("text_pattern_ops");
        builder.HasIndex(j => j.CustomerNumber).IsUnique();
        // The caseload list and its name search: my clients or my office's (or the whole area), in name order,
        // paged by (name_key, id); a name prefix is a range on the same indexes. "My clients" always comes with
        // the access rule's office too, so both lead that index: with (counsellor_id, …) alone PostgreSQL ANDed
        // two bitmaps and read the whole office (measured at 100 000 clients: 9.7 ms against 0.1 ms).
        builder.HasIndex(j => new { j.CounsellorId, j.OfficeId, j.NameKey, j.Id });
        builder.HasIndex(j => new { j.OfficeId, j.NameKey, j.Id });
        builder.HasIndex(j => new { j.OfficeId, j.FirstNameKey });
        builder.HasIndex(j => new { j.NameKey, j.Id });
        builder.HasIndex(j => j.FirstNameKey);
        builder.HasIndex(j => j.HomeMunicipalityId);
    }
}

internal sealed class JobSearchSpellConfiguration : IEntityTypeConfiguration<JobSearchSpell>
{
    public void Configure(EntityTypeBuilder<JobSearchSpell> builder)
    {
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.Ignore(s => s.IsOpen);
        builder.HasIndex(s => new { s.JobSeekerId, s.StartDate });
        // The KPIs' flows: unemployment runs and job searches begun in a period.
        builder.HasIndex(s => s.StartDate);
    }
}

/// <summary>
/// The home municipality over time. The KPIs read "who lived in municipality M on day D" from the municipality's side
/// (municipality, valid_from) and "where did this client live on day D" from the client's (job_seeker_id, valid_from).
/// </summary>
internal sealed class JobSeekerResidenceConfiguration : IEntityTypeConfiguration<JobSeekerResidence>
{
    public void Configure(EntityTypeBuilder<JobSeekerResidence> builder)
    {
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Ignore(r => r.IsCurrent);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MunicipalityId, r.ValidFrom });
        builder.HasIndex(r => new { r.JobSeekerId, r.ValidFrom });
    }
}
