using System.CommandLine;
using Facturation.Application.Documents;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Host.Cli.Documents;

/// <summary>The header options of a new draft (<c>invoice create</c>, <c>quote create</c>).</summary>
internal sealed class DraftOptions
{
    private readonly Option<string?> _customer = CliOptions.Text("--customer", "Customer code.", required: true);
    private readonly Option<DocumentType?>? _type;
    private readonly Option<string?> _currency = CliOptions.Text("--currency", "Document currency, ISO 4217 (default: the customer's).");
    private readonly Option<decimal?> _exchangeRate = CliOptions.Decimal("--exchange-rate", "Rate to the accounting currency (1 document unit = rate accounting units); required when the currencies differ.");
    private readonly Option<DateOnly?> _exchangeRateDate = CliOptions.Date("--exchange-rate-date", "Date of the rate, yyyy-MM-dd (default today).");
    private readonly Option<string?> _exchangeRateSource = CliOptions.Text("--exchange-rate-source", "Where the rate comes from (e.g. ECB reference rate).");
    private readonly Option<DateOnly?> _deliveryDate = CliOptions.Date("--delivery-date", "Delivery or service date, yyyy-MM-dd.");
    private readonly Option<DateOnly?> _periodStart = CliOptions.Date("--period-start", "First day of the period invoiced (BG-14), yyyy-MM-dd; with --period-end.");
    private readonly Option<DateOnly?> _periodEnd = CliOptions.Date("--period-end", "Last day of the period invoiced, yyyy-MM-dd; with --period-start.");
    private readonly Option<DateOnly?> _dueDate = CliOptions.Date("--due-date", "Due date, yyyy-MM-dd (default: from the payment terms).");
    private readonly Option<string?> _po = CliOptions.Text("--po", "Buyer's purchase-order reference.");
    private readonly Option<string?> _terms = CliOptions.Text("--terms", "Payment terms text.");
    private readonly Option<string?> _note = CliOptions.Text("--note", "Free note printed on the document.");
    private readonly DocumentType _defaultType;

    /// <summary>Creates the options.</summary>
    /// <param name="defaultType">Type when <c>--type</c> is not given (or the only type).</param>
    /// <param name="types">Types <c>--type</c> offers; none for a fixed type.</param>
    public DraftOptions(DocumentType defaultType, IReadOnlyDictionary<string, DocumentType>? types)
    {
        _defaultType = defaultType;
        if (types is not null)
            _type = CliOptions.Choice("--type", $"Document type (default {Tokens.Of(defaultType)})", types);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_customer);
        if (_type is not null)
            command.Options.Add(_type);
        CliOptions.AddTo(command, _currency, _exchangeRate, _exchangeRateDate, _exchangeRateSource, _deliveryDate, _periodStart, _periodEnd, _dueDate, _po, _terms, _note);
    }

    public DraftInput Input(ParseResult parse) => new()
    {
        Type = (_type is null ? null : parse.GetValue(_type)) ?? _defaultType,
        CustomerCode = parse.GetValue(_customer)!,
        Currency = parse.GetValue(_currency),
        ExchangeRate = parse.GetValue(_exchangeRate),
        ExchangeRateDate = parse.GetValue(_exchangeRateDate),
        ExchangeRateSource = parse.GetValue(_exchangeRateSource),
        DeliveryDate = parse.GetValue(_deliveryDate),
        InvoicingPeriodStart = parse.GetValue(_periodStart),
        InvoicingPeriodEnd = parse.GetValue(_periodEnd),
        DueDate = parse.GetValue(_dueDate),
        PurchaseOrderReference = parse.GetValue(_po),
        PaymentTerms = parse.GetValue(_terms),
        Note = parse.GetValue(_note),
    };
}
