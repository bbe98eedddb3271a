using Facturation.Domain.Parties;
using Facturation.Persistence.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.HasKey(e => new { e.CompanyId, e.Sequence });
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.DocumentId).IsUnique();
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.DocumentNumber).HasMaxLength(60);
        builder.Property(e => e.SnapshotHash).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.EntryHash).HasMaxLength(64);
    }
}
