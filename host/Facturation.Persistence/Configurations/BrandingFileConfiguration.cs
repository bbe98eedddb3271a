using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class BrandingFileConfiguration : IEntityTypeConfiguration<BrandingFile>
{
    public void Configure(EntityTypeBuilder<BrandingFile> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(80);
        builder.Property(f => f.MediaType).HasMaxLength(40);
    }
}
