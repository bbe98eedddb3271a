using Facturation.Domain.Parties;
using Facturation.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(t => t.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.CompanyId, t.Revision }).IsUnique();
        builder.HasIndex(t => new { t.CompanyId, t.Layout, t.Language, t.Version }).IsUnique();
        builder.Property(t => t.Layout).HasMaxLength(40);
        builder.Property(t => t.Language).HasMaxLength(10);
        builder.Property(t => t.EngineId).HasMaxLength(40);
        builder.Property(t => t.Author).HasMaxLength(100);
        builder.Property(t => t.Comment).HasMaxLength(500);
        builder.Property(t => t.Partials)
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
    }
}
