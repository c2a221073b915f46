using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Data.Configurations;

internal sealed class WorkTrialConfiguration : IEntityTypeConfiguration<WorkTrialAgreement>
{
    public void Configure(EntityTypeBuilder<WorkTrialAgreement> builder)
    {
        builder.ToTable("work_trials");
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property(t => t.SupervisorName).HasMaxLength(WorkTrialAgreement.SupervisorNameMaxLength);
        builder.Property(t => t.SupervisorPhone).HasMaxLength(WorkTrialAgreement.PhoneMaxLength);
        builder.Property(t => t.SupervisorEmail).HasMaxLength(WorkTrialAgreement.EmailMaxLength);
        builder.Property(t => t.HoursPerDay).HasPrecision(3, 1);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(t => t.Supervisor);
        builder.Ignore(t => t.Details);
        builder.Ignore(t => t.Feedback);
        builder.Ignore(t => t.EffectiveEnd);
        builder.Ignore(t => t.Period);

        builder.HasOne<JobSeeker>().WithMany().HasForeignKey(t => t.JobSeekerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(t => t.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkTrialAgreement>().WithMany().HasForeignKey(t => t.ContinuesTrialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Contacts).WithOne().HasForeignKey(c => c.WorkTrialId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Attendance).WithOne().HasForeignKey(a => a.WorkTrialId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The client card and the limits read a person's trials; the employer page an organiser's; the worklist the live ones.
        builder.HasIndex(t => new { t.JobSeekerId, t.StartDate });
        builder.HasIndex(t => t.OrganiserId);
        builder.HasIndex(t => t.ContinuesTrialId);
        builder.HasIndex(t => t.Status);
    }
}

internal sealed class WorkTrialContactConfiguration : IEntityTypeConfiguration<WorkTrialContact>
{
    public void Configure(EntityTypeBuilder<WorkTrialContact> builder)
    {
        builder.ToTable("work_trial_contacts");
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.WithWhom).HasMaxLength(WorkTrialContact.WithWhomMaxLength);
        builder.HasIndex(c => new { c.WorkTrialId, c.Key }).IsUnique();
    }
}

internal sealed class AttendanceMonthConfiguration : IEntityTypeConfiguration<AttendanceMonth>
{
    public void Configure(EntityTypeBuilder<AttendanceMonth> builder)
    {
        builder.ToTable("work_trial_attendance");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Ignore(a => a.DaysAttended);
        builder.HasIndex(a => new { a.WorkTrialId, a.Key }).IsUnique();
        builder.HasIndex(a => new { a.WorkTrialId, a.Year, a.Month }).IsUnique();
    }
}
