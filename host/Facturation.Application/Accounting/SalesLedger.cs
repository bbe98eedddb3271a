using Facturation.Domain.Money;
using Facturation.Sdk.Accounting;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Accounting;

/// <summary>
/// Turns an issued document into its sales-journal entry, in roles any chart of accounts can map: the customer's
/// receivable (total with VAT) against revenue by nature (goods / services) and VAT rate, VAT by rate — due now or,
/// for services taxed on payment, pending — and customer deposits for deposit invoices (FR: 411 debit, 4191 credit for
/// the base, 4457x credit for the VAT). A final invoice books the whole sale and reverses the deposits it deducts
/// (4191 debit, 4457x debit, 411 credit), so VAT is counted once over the deposits and the final invoice.
/// A credit note is the mirror entry. Every amount is positive: a negative posting changes side.
/// </summary>
public static class SalesLedger
{
    /// <summary>The entry of <paramref name="source"/>, or <see langword="null"/> when it books nothing (a zero document).</summary>
    /// <param name="source">The issued document.</param>
    /// <param name="sequence">Its number in the journal.</param>
    /// <returns>A balanced entry.</returns>
    public static LedgerEntry? Entry(SalesDocument source, long sequence)
    {
        ArgumentNullException.ThrowIfNull(source);
        var snapshot = source.Snapshot;
        var document = snapshot.Document;
        var direction = document.Type == DocumentType.CreditNote ? -1m : 1m;
        var revenue = Revenue(source);
        var vat = Vat(snapshot);
        var rate = document.AccountingExchangeRate;
        var foreign = rate is null ? (CurrencyCode?)null : document.Currency;

        var convertedVat = vat.Select(p => Convert(p.Amount, rate)).ToList();
        if (rate is not null && snapshot.Totals.TaxTotalInAccountingCurrency is { } stated && convertedVat.Count > 0)
        {
            // The VAT stated in the accounting currency (BT-111) wins: the rounding difference goes to the largest VAT line.
            var largest = convertedVat.IndexOf(convertedVat.MaxBy(Math.Abs));
            convertedVat[largest] += stated.Amount - convertedVat.Sum();
        }
        var sale = revenue.Select(p => (Posting: p, Accounting: Convert(p.Amount, rate)))
            .Concat(vat.Select((p, i) => (Posting: p, Accounting: convertedVat[i])))
            .Where(x => x.Accounting != 0m)
            .ToList();
        var reversal = DepositReversal(snapshot, vat).Select(p => (Posting: p, Accounting: Convert(p.Amount, rate))).Where(x => x.Accounting != 0m).ToList();
        if (sale.Count == 0 && reversal.Count == 0)
            return null;

        var lines = new List<LedgerLine>();
        if (sale.Count > 0)
        {
            lines.Add(Receivable(source, sale.Sum(x => x.Accounting) * direction, foreign is { } currency ? new Money(Math.Abs(snapshot.Totals.TaxInclusiveAmount.Amount), currency) : null));
            lines.AddRange(sale.Select(x => x.Posting.ToLine(x.Accounting * direction, foreign)));
        }
        if (reversal.Count > 0)
        {
            // The deposits' reversal (debits of customer deposits and of their VAT) settles part of the receivable.
            lines.AddRange(reversal.Select(x => x.Posting.ToLine(x.Accounting * direction, foreign)));
            lines.Add(Receivable(source, reversal.Sum(x => x.Accounting) * direction, foreign is { } currency ? new Money(snapshot.Totals.PrepaidAmount.Amount, currency) : null));
        }
        var number = document.Number ?? throw new InvalidOperationException("Only issued documents are booked.");
        var label = $"{number} {document.Buyer.Name}";
        return new LedgerEntry(LedgerJournal.Sales, sequence, document.IssueDate, number, document.IssueDate,
            label.Length > 200 ? label[..200] : label, document.IssueDate, lines);
    }

    // The customer's account: a debit for a positive amount (what the customer owes), a credit for a negative one.
    private static LedgerLine Receivable(SalesDocument source, decimal amount, Money? foreignAmount) =>
        new(LedgerAccountRole.CustomerReceivable, amount > 0 ? amount : 0m, amount < 0 ? -amount : 0m)
        {
            CounterpartyCode = source.CustomerCode,
            CounterpartyName = source.Snapshot.Document.Buyer.Name,
            ForeignAmount = foreignAmount,
        };

    // A final invoice books the whole sale (above) and reverses each deposit it deducts as the deposit was booked:
    // customer deposits (FR 4191) for the base, the rate's VAT for the VAT, against the customer's account. The deposit's
    // VAT, due when the deposit was received (Directive 2006/112/EC art. 65), is thus counted once. Where the final
    // invoice's VAT at that rate is due on payment (pending), the reversal comes off the pending VAT: only the rest of it
    // becomes due when the balance is paid.
    private static List<LedgerPosting> DepositReversal(DocumentSnapshot snapshot, List<LedgerPosting> vat)
    {
        var postings = new List<LedgerPosting>();
        foreach (var rate in snapshot.DepositDeductions.GroupBy(d => (d.Category, d.RatePercent)))
        {
            var tax = new TaxDecision(rate.Key.Category, rate.Key.RatePercent);
            Add(postings, LedgerAccountRole.CustomerDeposits, tax, -rate.Sum(d => d.TaxableAmount.Amount));
            var deducted = rate.Sum(d => d.TaxAmount.Amount);
            var pending = vat.Where(p => p.Role == LedgerAccountRole.VatPending && p.Category == tax.Category && p.RatePercent == tax.RatePercent).Sum(p => p.Amount);
            var fromPending = Math.Clamp(pending, 0m, Math.Max(deducted, 0m));
            Add(postings, LedgerAccountRole.VatCollected, tax, -(deducted - fromPending));
            Add(postings, LedgerAccountRole.VatPending, tax, -fromPending);
        }
        return postings;
    }

    private static List<LedgerPosting> Revenue(SalesDocument source)
    {
        var snapshot = source.Snapshot;
        var deposit = snapshot.Document.Type == DocumentType.DepositInvoice;
        var postings = new List<LedgerPosting>();
        foreach (var line in snapshot.Lines)
        {
            var role = deposit || source.DepositDeductionLineIds.Contains(line.Line.LineId) ? LedgerAccountRole.CustomerDeposits
                : line.Line.Nature == LineNature.Goods ? LedgerAccountRole.RevenueGoods : LedgerAccountRole.RevenueServices;
            Add(postings, role, line.Tax, line.NetAmount.Amount);
        }
        foreach (var priced in snapshot.AllowancesCharges)
        {
            var amount = priced.AllowanceCharge.IsCharge ? priced.AllowanceCharge.Amount : -priced.AllowanceCharge.Amount;
            // A document allowance or charge adjusts the revenue of its VAT rate: the largest one when goods and services share it.
            var target = postings.Where(p => p.Role != LedgerAccountRole.CustomerDeposits || deposit)
                .Where(p => p.Category == priced.Tax.Category && p.RatePercent == priced.Tax.RatePercent)
                .MaxBy(p => Math.Abs(p.Amount));
            Add(postings, target?.Role ?? (deposit ? LedgerAccountRole.CustomerDeposits : LedgerAccountRole.RevenueGoods), priced.Tax, amount);
        }
        return postings;
    }

    private static void Add(List<LedgerPosting> postings, LedgerAccountRole role, TaxDecision tax, decimal amount)
    {
        var index = postings.FindIndex(p => p.Role == role && p.Category == tax.Category && p.RatePercent == tax.RatePercent);
        if (index < 0)
            postings.Add(new LedgerPosting(role, tax.Category, tax.RatePercent, amount));
        else
            postings[index] = postings[index] with { Amount = postings[index].Amount + amount };
    }

    // VAT per breakdown row; the part of the base taxed on payment (services "sur les encaissements") is pending.
    private static List<LedgerPosting> Vat(DocumentSnapshot snapshot)
    {
        var postings = new List<LedgerPosting>();
        foreach (var row in snapshot.TaxBreakdown.Where(r => r.TaxAmount.Amount != 0m))
        {
            var onPayment = snapshot.Lines.Where(l => Same(l.Tax, row) && l.Tax.TaxPoint == TaxPoint.OnPayment).Sum(l => l.NetAmount.Amount)
                + snapshot.AllowancesCharges.Where(a => Same(a.Tax, row) && a.Tax.TaxPoint == TaxPoint.OnPayment)
                    .Sum(a => a.AllowanceCharge.IsCharge ? a.AllowanceCharge.Amount : -a.AllowanceCharge.Amount);
            var pending = row.TaxableAmount.Amount == 0m ? 0m
                : RoundingPolicy.Amount(row.TaxAmount.Amount * onPayment / row.TaxableAmount.Amount);
            if (row.TaxAmount.Amount - pending != 0m)
                postings.Add(new LedgerPosting(LedgerAccountRole.VatCollected, row.Category, row.RatePercent, row.TaxAmount.Amount - pending));
            if (pending != 0m)
                postings.Add(new LedgerPosting(LedgerAccountRole.VatPending, row.Category, row.RatePercent, pending));
        }
        return postings;
    }

    private static bool Same(TaxDecision tax, TaxSubtotal row) => tax.Category == row.Category && tax.RatePercent == row.RatePercent;

    private static decimal Convert(decimal amount, ExchangeRate? rate) =>
        rate is null ? amount : RoundingPolicy.Amount(amount * rate.Rate);
}
