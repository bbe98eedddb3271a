using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.SourceId);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.LegalName).HasMaxLength(200);
        builder.Property(c => c.AccountingCurrency).HasMaxLength(3);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.OwnsOne(c => c.Address, a => AddressMapping.Map(a, "Address"));
        builder.Property(c => c.PluginSettings)
            .HasConversion(JsonColumn.Converter<Dictionary<string, Dictionary<string, string>>>(), JsonColumn.Comparer<Dictionary<string, Dictionary<string, string>>>());
        builder.Property(c => c.DocumentRulesIds)
            .HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        builder.Property(c => c.FiscalYearEnd).HasMaxLength(5).HasDefaultValue("12-31");
    }
}
