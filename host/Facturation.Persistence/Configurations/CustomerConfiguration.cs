using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CompanyId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.CompanyId, c.Name });
        builder.HasIndex(c => new { c.CompanyId, c.Siren });
        builder.HasIndex(c => new { c.CompanyId, c.VatNumber });
        builder.HasIndex(c => new { c.CompanyId, c.Email });
        builder.HasIndex(c => new { c.CompanyId, c.SourceId });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.OwnsOne(c => c.BillingAddress, a => AddressMapping.Map(a, "Billing"));
        builder.OwnsOne(c => c.DeliveryAddress, a => AddressMapping.Map(a, "Delivery"));
    }
}
