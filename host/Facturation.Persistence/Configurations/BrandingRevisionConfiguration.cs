using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class BrandingRevisionConfiguration : IEntityTypeConfiguration<BrandingRevision>
{
    public void Configure(EntityTypeBuilder<BrandingRevision> builder)
    {
        // One row per company and revision: two concurrent changes cannot both take the same revision.
        builder.HasKey(b => new { b.CompanyId, b.Revision });
        builder.HasOne<Company>().WithMany().HasForeignKey(b => b.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BrandingFile>().WithMany().HasForeignKey(b => b.LogoFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BrandingFile>().WithMany().HasForeignKey(b => b.FontFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.LogoFileId).HasMaxLength(80);
        builder.Property(b => b.PrimaryColor).HasMaxLength(7);
        builder.Property(b => b.AccentColor).HasMaxLength(7);
        builder.Property(b => b.FontFamily).HasMaxLength(100);
        builder.Property(b => b.FontFileId).HasMaxLength(80);
        builder.Property(b => b.FooterText).HasMaxLength(500);
    }
}
