using System.CommandLine;
using Facturation.Application.Customers;
using Facturation.Domain.Parties;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Customers;

/// <summary>The options of <c>customer create</c> and <c>customer update</c>; what is not given keeps its current value.</summary>
internal sealed class CustomerOptions
{
    private readonly Option<string?> _name;
    private readonly Option<CustomerKind?> _kind = CliOptions.Choice("--kind", "Kind of buyer (default business)", Tokens.CustomerKinds);
    private readonly Option<string?> _siren = CliOptions.Text("--siren", "SIREN (9 digits).");
    private readonly Option<string?> _siret = CliOptions.Text("--siret", "SIRET (14 digits).");
    private readonly Option<string?> _vat = CliOptions.Text("--vat", "VAT number.");
    private readonly AddressOptions _billing = new("", "billing address");
    private readonly AddressOptions _delivery = new("delivery-", "delivery address, when different");
    private readonly Option<string?> _email = CliOptions.Text("--email", "Contact e-mail.");
    private readonly Option<string?> _electronicAddress = CliOptions.Text("--electronic-address", "Electronic invoicing address.");
    private readonly Option<string?> _electronicScheme = CliOptions.Text("--electronic-address-scheme", "Its EAS scheme code (e.g. 0225).");
    private readonly Option<string?> _currency = CliOptions.Text("--currency", "Invoicing currency, ISO 4217 (default EUR).");
    private readonly Option<int?> _paymentTerms = CliOptions.Integer("--payment-terms-days", "Payment terms in days, overriding the company's.");

    public CustomerOptions(bool creating) =>
        _name = CliOptions.Text("--name", "Legal name, or the person's name.", required: creating);

    public void AddTo(Command command)
    {
        CliOptions.AddTo(command, _name, _kind, _siren, _siret, _vat);
        _billing.AddTo(command);
        _delivery.AddTo(command);
        CliOptions.AddTo(command, _email, _electronicAddress, _electronicScheme, _currency, _paymentTerms);
    }

    /// <summary>The input of a customer as it is now, to update it.</summary>
    public static CustomerInput Current(Customer customer) => new()
    {
        Code = customer.Code, Kind = customer.Kind, Name = customer.Name, Siren = customer.Siren, Siret = customer.Siret,
        VatNumber = customer.VatNumber, BillingAddress = customer.BillingAddress, DeliveryAddress = customer.DeliveryAddress,
        ElectronicAddress = customer.ElectronicAddress, ElectronicAddressScheme = customer.ElectronicAddressScheme,
        Currency = customer.Currency, PaymentTermsDays = customer.PaymentTermsDays, Email = customer.Email, SourceId = customer.SourceId,
    };

    /// <summary>The given options over <paramref name="current"/> (an empty text clears an optional field).</summary>
    public CustomerInput Apply(ParseResult parse, CustomerInput current) => current with
    {
        Name = parse.GetValue(_name) ?? current.Name,
        Kind = parse.GetValue(_kind) ?? current.Kind,
        Siren = CliOptions.Overlay(parse.GetValue(_siren), current.Siren),
        Siret = CliOptions.Overlay(parse.GetValue(_siret), current.Siret),
        VatNumber = CliOptions.Overlay(parse.GetValue(_vat), current.VatNumber),
        BillingAddress = _billing.Apply(parse, current.BillingAddress),
        DeliveryAddress = _delivery.AnyGiven(parse) ? _delivery.Apply(parse, current.DeliveryAddress ?? new Address()) : current.DeliveryAddress,
        Email = CliOptions.Overlay(parse.GetValue(_email), current.Email),
        ElectronicAddress = CliOptions.Overlay(parse.GetValue(_electronicAddress), current.ElectronicAddress),
        ElectronicAddressScheme = CliOptions.Overlay(parse.GetValue(_electronicScheme), current.ElectronicAddressScheme),
        Currency = parse.GetValue(_currency) ?? current.Currency,
        PaymentTermsDays = parse.GetValue(_paymentTerms) ?? current.PaymentTermsDays,
    };
}
