using Facturation.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Facturation.Persistence.Configurations;

/// <summary>Column layout of an owned <see cref="Address"/>, prefixed by the property name.</summary>
internal static class AddressMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Address> address, string prefix)
        where TOwner : class
    {
        address.Property(a => a.Line1).HasColumnName(prefix + "Line1").HasMaxLength(200);
        address.Property(a => a.Line2).HasColumnName(prefix + "Line2").HasMaxLength(200);
        address.Property(a => a.Line3).HasColumnName(prefix + "Line3").HasMaxLength(200);
        address.Property(a => a.PostCode).HasColumnName(prefix + "PostCode").HasMaxLength(20);
        address.Property(a => a.City).HasColumnName(prefix + "City").HasMaxLength(100);
        address.Property(a => a.Country).HasColumnName(prefix + "Country").HasMaxLength(2);
    }
}
