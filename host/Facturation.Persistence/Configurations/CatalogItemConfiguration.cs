using Facturation.Domain.Catalogue;
using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(i => i.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CompanyId, i.Code }).IsUnique();
        builder.HasIndex(i => new { i.CompanyId, i.SourceId });
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.UnitCode).HasMaxLength(3);
        builder.Property(i => i.TaxClass).HasMaxLength(40);
        builder.Property(i => i.Nature).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.UnitPrice).HasPrecision(18, 4);
        builder.Property(i => i.UnitLabels)
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
    }
}
