using Facturation.Domain.Parties;
using Facturation.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

internal sealed class CounterConfiguration : IEntityTypeConfiguration<NumberingCounter>
{
    public void Configure(EntityTypeBuilder<NumberingCounter> builder)
    {
        builder.HasKey(c => new { c.CompanyId, c.SeriesKey });
        builder.HasOne<Company>().WithMany().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.SeriesKey).HasMaxLength(80);
    }
}
