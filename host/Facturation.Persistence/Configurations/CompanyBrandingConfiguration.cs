using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class CompanyBrandingConfiguration : IEntityTypeConfiguration<CompanyBranding>
{
    public void Configure(EntityTypeBuilder<CompanyBranding> builder)
    {
        builder.HasKey(b => b.CompanyId);
        builder.HasOne<Company>().WithOne().HasForeignKey<CompanyBranding>(b => b.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.LogoMediaType).HasMaxLength(40);
        builder.Property(b => b.PrimaryColor).HasMaxLength(7);
        builder.Property(b => b.AccentColor).HasMaxLength(7);
        builder.Property(b => b.FontFamily).HasMaxLength(100);
        builder.Property(b => b.FontMediaType).HasMaxLength(40);
        builder.Property(b => b.FooterText).HasMaxLength(500);
    }
}
