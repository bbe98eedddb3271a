using System.Globalization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// Settings of the <c>fec</c> export: the PCG accounts each ledger role books to, their labels (CompteLib), the
/// journal codes and labels, and the field separator. Every key has a default, so a company can export at once.
/// </summary>
internal sealed class FecSettings : ISettingsPart
{
    public const string CustomerAccount = "fec.account.customer";
    public const string RevenueGoodsAccount = "fec.account.revenue-goods";
    public const string RevenueServicesAccount = "fec.account.revenue-services";
    public const string VatCollectedAccount = "fec.account.vat-collected";
    public const string VatPendingAccount = "fec.account.vat-pending";
    public const string CustomerDepositsAccount = "fec.account.customer-deposits";
    public const string BankAccount = "fec.account.bank";
    public const string AuxiliaryPrefix = "fec.auxiliary-prefix";
    public const string CustomerLabel = "fec.label.customer";
    public const string RevenueGoodsLabel = "fec.label.revenue-goods";
    public const string RevenueServicesLabel = "fec.label.revenue-services";
    public const string VatCollectedLabel = "fec.label.vat-collected";
    public const string VatPendingLabel = "fec.label.vat-pending";
    public const string CustomerDepositsLabel = "fec.label.customer-deposits";
    public const string BankLabel = "fec.label.bank";
    public const string SalesJournalCode = "fec.journal.sales.code";
    public const string SalesJournalLabel = "fec.journal.sales.label";
    public const string BankJournalCode = "fec.journal.bank.code";
    public const string BankJournalLabel = "fec.journal.bank.label";
    public const string Separator = "fec.separator";
    public const string TabSeparator = "tab";
    public const string PipeSeparator = "pipe";

    private const int MaximumPrefixLength = 10;
    private const int MaximumJournalCodeLength = 10;

    /// <summary>The account settings: key, default PCG account, the PCG class its number must start with.</summary>
    public static IReadOnlyList<FecAccountSetting> Accounts { get; } =
    [
        new(CustomerAccount, "411", '4', "Customer receivables (CompteNum of the customer line; CompAuxNum is the customer's code)."),
        new(RevenueGoodsAccount, "707", '7', "Revenue from goods (ventes de marchandises)."),
        new(RevenueServicesAccount, "706", '7', "Revenue from services (prestations de services)."),
        new(VatCollectedAccount, "44571", '4', "VAT collected, for the rates without their own fec.account.vat-collected.<rate> key."),
        new(VatCollectedAccountFor(20m), "4457120", '4', "VAT collected at 20 %."),
        new(VatCollectedAccountFor(10m), "4457110", '4', "VAT collected at 10 %."),
        new(VatCollectedAccountFor(5.5m), "4457105", '4', "VAT collected at 5.5 %."),
        new(VatCollectedAccountFor(2.1m), "4457102", '4', "VAT collected at 2.1 %."),
        new(VatPendingAccount, "44574", '4', "VAT on services due on payment (TVA sur encaissements), until the payment."),
        new(CustomerDepositsAccount, "4191", '4', "Deposits and advances received from customers."),
        new(BankAccount, "512", '5', "Bank account of the bank journal."),
    ];

    /// <summary>The rates that have their own VAT-collected account key.</summary>
    public static IReadOnlyList<decimal> RatesWithOwnVatAccount { get; } = [20m, 10m, 5.5m, 2.1m];

    private static readonly (string Key, string Default, string Description)[] Labels =
    [
        (CustomerLabel, "Clients", "CompteLib of the customer account."),
        (RevenueGoodsLabel, "Ventes de marchandises", "CompteLib of the goods revenue account."),
        (RevenueServicesLabel, "Prestations de services", "CompteLib of the services revenue account."),
        (VatCollectedLabel, "TVA collectée", "CompteLib of the VAT collected accounts; a per-rate account adds its rate (\"TVA collectée 5,5 %\")."),
        (VatPendingLabel, "TVA collectée en attente (encaissements)", "CompteLib of the pending VAT account."),
        (CustomerDepositsLabel, "Clients - avances et acomptes reçus", "CompteLib of the customer deposits account."),
        (BankLabel, "Banque", "CompteLib of the bank account."),
        (SalesJournalLabel, "Journal des ventes", "JournalLib of the sales journal."),
        (BankJournalLabel, "Banque", "JournalLib of the bank journal."),
    ];

    private static readonly (string Key, string Default, string Description)[] JournalCodes =
    [
        (SalesJournalCode, "VE", "JournalCode of the sales journal (invoices and credit notes)."),
        (BankJournalCode, "BQ", "JournalCode of the bank journal (payments received)."),
    ];

    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } = Declare();

    /// <summary>The key of the VAT-collected account of one rate, e.g. <c>fec.account.vat-collected.5.5</c>.</summary>
    public static string VatCollectedAccountFor(decimal ratePercent) =>
        VatCollectedAccount + "." + ratePercent.ToString("0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var account in Accounts)
        {
            if (values.GetText(account.Key) is { } number && AccountProblem(account, number) is { } problem)
                yield return problem;
        }
        foreach (var (key, _, _) in Labels)
        {
            if (values.GetText(key) is { } label && string.IsNullOrWhiteSpace(label))
                yield return new Problem("fec.label-empty", $"Setting '{key}' must not be empty: CompteLib and JournalLib are mandatory FEC fields.", key);
        }
        foreach (var (key, _, _) in JournalCodes)
        {
            if (values.GetText(key) is { } code && !IsAlphanumeric(code, 1, MaximumJournalCodeLength))
                yield return new Problem("fec.journal-code-format", $"Setting '{key}' must be 1 to {MaximumJournalCodeLength} letters or digits (FEC JournalCode); got '{code}'.", key);
        }
        if (values.GetText(SalesJournalCode) is { } sales && values.GetText(BankJournalCode) is { } bank
            && string.Equals(sales, bank, StringComparison.OrdinalIgnoreCase))
        {
            // EcritureNum is continuous per JournalCode: two journals sharing a code would number 1, 1, 2, 2 ...
            yield return new Problem("fec.journal-code-duplicate", $"Setting '{BankJournalCode}' must differ from '{SalesJournalCode}' ('{sales}'): each journal numbers its entries 1, 2, 3 ... under its own code.", BankJournalCode);
        }
        if (values.GetText(AuxiliaryPrefix) is { Length: > 0 } prefix && !IsAlphanumeric(prefix, 1, MaximumPrefixLength))
            yield return new Problem("fec.auxiliary-prefix-format", $"Setting '{AuxiliaryPrefix}' must be empty or up to {MaximumPrefixLength} letters or digits (prepended to CompAuxNum); got '{prefix}'.", AuxiliaryPrefix);
    }

    private static Problem? AccountProblem(FecAccountSetting account, string number)
    {
        // LPF art. A.47 A-1: CompteNum starts with the 3 digits of the PCG, whose first digit is the account's class
        // (4 third parties, 5 financial, 7 revenue): a customer account starting with 7 would be read as revenue.
        if (number.Length is < 3 or > 20 || !number.All(char.IsAsciiDigit))
            return new Problem("fec.account-format", $"Setting '{account.Key}' must be a PCG account number of 3 to 20 digits; got '{number}'.", account.Key);
        if (number[0] != account.ClassDigit)
            return new Problem("fec.account-class", $"Setting '{account.Key}' must be a class {account.ClassDigit} account of the PCG (default {account.DefaultNumber}); got '{number}'.", account.Key);
        return null;
    }

    private static bool IsAlphanumeric(string text, int minimumLength, int maximumLength) =>
        text.Length >= minimumLength && text.Length <= maximumLength && text.All(char.IsAsciiLetterOrDigit);

    private static List<SettingDefinition> Declare()
    {
        var definitions = Accounts
            .Select(a => new SettingDefinition(a.Key, SettingKind.Text, a.Description + " Digits only, 3 to 20, class " + a.ClassDigit + ".") { DefaultValue = a.DefaultNumber, Required = true })
            .ToList();
        definitions.Add(new(AuxiliaryPrefix, SettingKind.Text, "Prepended to the customer code in CompAuxNum (letters or digits, may be empty).") { DefaultValue = "" });
        definitions.AddRange(Labels.Select(l => new SettingDefinition(l.Key, SettingKind.Text, l.Description) { DefaultValue = l.Default, Required = true }));
        definitions.AddRange(JournalCodes.Select(j => new SettingDefinition(j.Key, SettingKind.Text, j.Description) { DefaultValue = j.Default, Required = true }));
        definitions.Add(new(Separator, SettingKind.Choice, "Field separator of the file: tab or pipe (|), the two the administration accepts.")
        {
            DefaultValue = TabSeparator,
            Required = true,
            AllowedValues = [TabSeparator, PipeSeparator],
        });
        return definitions;
    }
}
