using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;

namespace Tyollisyys.Web.Data.Configurations;

/// <summary>
/// A rule version is one row: its eligibility, amount and conditions are owned types stored in the version's own
/// columns (their property names are unique across the three, so the columns need no prefix). The two short lists (age bands, per-category maxima) live in
/// child tables, as a plan's actions do: owned types kept in the row cannot hold a JSON collection in EF Core 10.
/// A version is inserted once; only its last day in force changes afterwards.
/// </summary>
internal sealed class KuntalisaRuleVersionConfiguration : IEntityTypeConfiguration<KuntalisaRuleVersion>
{
    private const string VersionId = "KuntalisaRuleVersionId";

    // EF Core's own names for these two exceed PostgreSQL's 63 characters and would be cut short with a "~".
    private const string AgeBandsForeignKey = "fk_kuntalisa_rule_age_bands_rule_version_id";
    private const string CategoryMaximaForeignKey = "fk_kuntalisa_rule_category_maxima_rule_version_id";

    public void Configure(EntityTypeBuilder<KuntalisaRuleVersion> builder)
    {
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.CouncilDecision).HasMaxLength(KuntalisaRuleVersion.CouncilDecisionMaxLength);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MunicipalityId, r.EffectiveFrom });
        builder.Property<uint>("xmin").IsRowVersion();

        builder.OwnsOne(r => r.Eligibility, eligibility =>
        {
            eligibility.OwnsMany(e => e.AgeBands, band =>
            {
                band.ToTable("KuntalisaRuleAgeBands");
                band.WithOwner().HasForeignKey(VersionId);
                band.OwnedEntityType.FindOwnership()!.SetConstraintName(AgeBandsForeignKey);
                band.Property<int>("Id").UseIdentityAlwaysColumn();
                band.HasKey("Id");
            });
            eligibility.Navigation(e => e.AgeBands).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(r => r.Eligibility).IsRequired();

        builder.OwnsOne(r => r.Amount, amount =>
        {
            amount.Property(a => a.MinPercent).HasPrecision(5, 2);
            amount.Property(a => a.MaxPercent).HasPrecision(5, 2);
            amount.Property(a => a.FixedMonthlyAmount).HasPrecision(12, 2);
            amount.Property(a => a.MonthlyCap).HasPrecision(12, 2);
            amount.Property(a => a.TotalCap).HasPrecision(12, 2);
            amount.Property(a => a.BonusAmount).HasPrecision(12, 2);
            amount.OwnsMany(a => a.CategoryMaxima, maximum =>
            {
                maximum.ToTable("KuntalisaRuleCategoryMaxima");
                maximum.WithOwner().HasForeignKey(VersionId);
                maximum.OwnedEntityType.FindOwnership()!.SetConstraintName(CategoryMaximaForeignKey);
                maximum.Property<int>("Id").UseIdentityAlwaysColumn();
                maximum.HasKey("Id");
                maximum.Property(m => m.MaxPercent).HasPrecision(5, 2);
            });
            amount.Navigation(a => a.CategoryMaxima).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(r => r.Amount).IsRequired();

        builder.OwnsOne(r => r.Conditions, conditions => conditions.Property(c => c.MinimumWeeklyHours).HasPrecision(4, 1));
        builder.Navigation(r => r.Conditions).IsRequired();
    }
}

internal sealed class AppropriationConfiguration : IEntityTypeConfiguration<Appropriation>
{
    public void Configure(EntityTypeBuilder<Appropriation> builder)
    {
        builder.ToTable("KuntalisaAppropriations");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Amount).HasPrecision(14, 2);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        // One appropriation a year: a second one for the same year is refused by the database as well.
        builder.HasIndex(a => new { a.MunicipalityId, a.Year }).IsUnique();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}
