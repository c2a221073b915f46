using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;

namespace Tyollisyys.Web.Data.Configurations;

/// <summary>
/// Journal entries are append-only: a correction is a new row, so there is no row version. The unique
/// (series_id, version) index is the concurrency guard instead: two corrections of the same version collide on it.
/// </summary>
internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.Text).HasColumnType("text");
        builder.Property(e => e.CorrectionReason).HasMaxLength(JournalEntry.MaxCorrectionReasonLength);
        builder.Ignore(e => e.IsCorrected);

        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(e => e.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(e => new { e.SeriesId, e.Version }).IsUnique();
        // The client's journal, newest first, paged.
        builder.HasIndex(e => new { e.JobSeekerId, e.OccurredOn, e.Id });
    }
}
