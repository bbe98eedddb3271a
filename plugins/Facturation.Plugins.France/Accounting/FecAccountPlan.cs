using Facturation.Sdk.Accounting;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Accounting;

/// <summary>
/// A company's mapping of ledger roles to the PCG, read once per export from its settings (defaults applied,
/// validated): the account and label of each line, the code and label of each journal.
/// </summary>
internal sealed class FecAccountPlan
{
    private readonly FecAccount _customer;
    private readonly FecAccount _revenueGoods;
    private readonly FecAccount _revenueServices;
    private readonly FecAccount _vatCollected;
    private readonly FecAccount _vatPending;
    private readonly FecAccount _customerDeposits;
    private readonly FecAccount _bank;
    private readonly Dictionary<decimal, FecAccount> _vatCollectedByRate = [];
    private readonly FecJournal _sales;
    private readonly FecJournal _bankJournal;

    public FecAccountPlan(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _customer = Account(values, FecSettings.CustomerAccount, FecSettings.CustomerLabel);
        _revenueGoods = Account(values, FecSettings.RevenueGoodsAccount, FecSettings.RevenueGoodsLabel);
        _revenueServices = Account(values, FecSettings.RevenueServicesAccount, FecSettings.RevenueServicesLabel);
        _vatCollected = Account(values, FecSettings.VatCollectedAccount, FecSettings.VatCollectedLabel);
        _vatPending = Account(values, FecSettings.VatPendingAccount, FecSettings.VatPendingLabel);
        _customerDeposits = Account(values, FecSettings.CustomerDepositsAccount, FecSettings.CustomerDepositsLabel);
        _bank = Account(values, FecSettings.BankAccount, FecSettings.BankLabel);
        foreach (var rate in FecSettings.RatesWithOwnVatAccount)
        {
            var number = Text(values, FecSettings.VatCollectedAccountFor(rate));
            // A rate mapped onto the generic account keeps the generic label: one CompteNum, one CompteLib.
            _vatCollectedByRate[rate] = number == _vatCollected.Number
                ? _vatCollected
                : new FecAccount(number, string.Create(FecRecordFormat.DecimalComma, $"{_vatCollected.Label} {rate:0.##} %"));
        }
        _sales = new FecJournal(Text(values, FecSettings.SalesJournalCode), Text(values, FecSettings.SalesJournalLabel));
        _bankJournal = new FecJournal(Text(values, FecSettings.BankJournalCode), Text(values, FecSettings.BankJournalLabel));
        AuxiliaryPrefix = Text(values, FecSettings.AuxiliaryPrefix);
    }

    /// <summary>Prepended to the customer code in CompAuxNum.</summary>
    public string AuxiliaryPrefix { get; }

    /// <summary>The code and label of a journal.</summary>
    public FecJournal JournalOf(LedgerJournal journal) => journal switch
    {
        LedgerJournal.Sales => _sales,
        LedgerJournal.Bank => _bankJournal,
        _ => throw new InvalidDataException($"Ledger journal {journal} has no FEC journal code."),
    };

    /// <summary>The account a line books to: its explicit <see cref="LedgerLine.AccountNumber"/>, else its role's.</summary>
    public FecAccount AccountOf(LedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var account = line.Role switch
        {
            LedgerAccountRole.CustomerReceivable => _customer,
            LedgerAccountRole.RevenueGoods => _revenueGoods,
            LedgerAccountRole.RevenueServices => _revenueServices,
            LedgerAccountRole.VatCollected => line.VatRatePercent is { } rate && _vatCollectedByRate.TryGetValue(rate, out var byRate) ? byRate : _vatCollected,
            LedgerAccountRole.VatPending => _vatPending,
            LedgerAccountRole.CustomerDeposits => _customerDeposits,
            LedgerAccountRole.Bank => _bank,
            _ => throw new InvalidDataException($"Ledger role {line.Role} has no PCG account."),
        };
        // The override keeps the role's label: the host chose the number, the role still says what it books.
        return string.IsNullOrWhiteSpace(line.AccountNumber) ? account : account with { Number = line.AccountNumber };
    }

    private static FecAccount Account(SettingValues values, string numberKey, string labelKey) =>
        new(Text(values, numberKey), Text(values, labelKey));

    private static string Text(SettingValues values, string key) =>
        values.GetText(key) ?? throw new ArgumentException($"Setting '{key}' has no value; apply the declared defaults first.", nameof(values));
}
