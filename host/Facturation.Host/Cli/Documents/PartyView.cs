using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Documents;

/// <summary>A seller or buyer on a shown document: from the snapshot once issued, from the current records for a draft.</summary>
internal sealed record PartyView(string? Code, string Name, string? VatNumber, string? Siren, string Address)
{
    public static PartyView From(Party party, string? code) => new(
        code, party.Name, party.VatNumber, party.IdentifierOf(PartyIdentifier.SirenScheme),
        string.Join(", ", party.Address.Lines.Append($"{party.Address.PostCode} {party.Address.City}".Trim()).Append(party.Address.Country.Value)));

    public static PartyView From(Company company) =>
        new(company.Code, company.LegalName, company.VatNumber, company.Siren, AddressView.From(company.Address).ToString());

    public static PartyView From(Customer customer) =>
        new(customer.Code, customer.Name, customer.VatNumber, customer.Siren, AddressView.From(customer.BillingAddress).ToString());
}
