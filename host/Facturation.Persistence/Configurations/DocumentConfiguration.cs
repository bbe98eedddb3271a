using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasOne<Company>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Restrict);
        // A number is unique for the company (CGI art. 242 nonies A), whatever the series.
        builder.HasIndex(d => new { d.CompanyId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.CompanyId, d.SeriesKey, d.SeriesCounter }).IsUnique();
        // List pages: by type and status, by date, by customer, by amount.
        builder.HasIndex(d => new { d.CompanyId, d.Type, d.Status, d.IssueDate });
        builder.HasIndex(d => new { d.CompanyId, d.CustomerId, d.IssueDate });
        builder.HasIndex(d => new { d.CompanyId, d.TaxInclusiveMinor });
        builder.HasIndex(d => new { d.CompanyId, d.SourceId });
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Number).HasMaxLength(60);
        builder.Property(d => d.SeriesKey).HasMaxLength(80);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.ExchangeRate).HasPrecision(18, 8);
        builder.Property(d => d.DepositPercentage).HasPrecision(9, 4);
        builder.Property(d => d.SnapshotHash).HasMaxLength(64);
        builder.Property(d => d.DefaultLayoutEngineId).HasMaxLength(40);
        builder.OwnsMany(d => d.Lines, line =>
        {
            line.ToTable("DocumentLines");
            line.WithOwner().HasForeignKey("DocumentId");
            line.HasKey("DocumentId", nameof(DraftLine.Position));
            line.Property(l => l.Position).ValueGeneratedNever();
            line.Property(l => l.Quantity).HasPrecision(18, 6);
            line.Property(l => l.UnitPrice).HasPrecision(18, 4);
            line.Property(l => l.Discount).HasPrecision(18, 2);
            line.Property(l => l.FixedRate).HasPrecision(9, 4);
            line.Property(l => l.Nature).HasConversion<string>().HasMaxLength(10);
            line.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.FixedCategory).HasConversion<string>().HasMaxLength(30);
            line.Property(l => l.FixedTaxPoint).HasConversion<string>().HasMaxLength(20);
            line.Property(l => l.UnitCode).HasMaxLength(3);
            line.Property(l => l.TaxClass).HasMaxLength(40);
            // Covers the accounting export's look-up of deposit deductions, so it never scans every line of a year.
            line.HasIndex(nameof(DraftLine.Kind), "DocumentId", nameof(DraftLine.Position));
        });
        builder.OwnsMany(d => d.AllowancesCharges, charge =>
        {
            charge.ToTable("DocumentAllowancesCharges");
            charge.WithOwner().HasForeignKey("DocumentId");
            charge.HasKey("DocumentId", nameof(DraftAllowanceCharge.Position));
            charge.Property(c => c.Position).ValueGeneratedNever();
            charge.Property(c => c.Amount).HasPrecision(18, 2);
            charge.Property(c => c.Percentage).HasPrecision(9, 4);
            charge.Property(c => c.BaseAmount).HasPrecision(18, 2);
            charge.Property(c => c.TaxClass).HasMaxLength(40);
        });
        builder.Navigation(d => d.Lines).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}
