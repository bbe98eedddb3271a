using Facturation.Domain.Parties;

namespace Facturation.Host.Cli.Common;

/// <summary>A postal address as printed.</summary>
internal sealed record AddressView(string Line1, string? Line2, string PostCode, string City, string Country)
{
    public static AddressView From(Address address) => new(address.Line1, address.Line2, address.PostCode, address.City, address.Country);

    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, $"{PostCode} {City}".Trim(), Country }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
