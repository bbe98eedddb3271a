using Facturation.Plugins.EInvoicing.Rules;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Rules;

/// <summary>Ways to break one thing in a snapshot, and the check that exactly the expected rules are reported.</summary>
internal static class RuleSnapshots
{
    /// <summary>The distinct codes of the problems <paramref name="snapshot"/> has under EN 16931, sorted.</summary>
    public static string[] CodesOf(DocumentSnapshot snapshot, string specificationId = SpecificationIds.En16931) =>
        [.. En16931Rules.Check(snapshot, specificationId).Select(static p => p.Code).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Asserts the problems break exactly the rules in <paramref name="expected"/> (space-separated ids), each
    /// problem's code being its rule id.</summary>
    public static void AssertBroken(DocumentSnapshot snapshot, string expected)
    {
        var wanted = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        var problems = En16931Rules.Check(snapshot, SpecificationIds.En16931);
        Assert.Equal<string?>(wanted, problems.Select(static p => p.RuleId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(problems, static p => Assert.Equal(p.RuleId, p.Code));
    }

    public static DocumentSnapshot WithDocument(this DocumentSnapshot snapshot, Func<BusinessDocument, BusinessDocument> change) =>
        snapshot with { Document = change(snapshot.Document) };

    public static DocumentSnapshot WithSeller(this DocumentSnapshot snapshot, Func<Party, Party> change) =>
        snapshot.WithDocument(d => d with { Seller = change(d.Seller) });

    public static DocumentSnapshot WithBuyer(this DocumentSnapshot snapshot, Func<Party, Party> change) =>
        snapshot.WithDocument(d => d with { Buyer = change(d.Buyer) });

    public static DocumentSnapshot WithLine(this DocumentSnapshot snapshot, int index, Func<PricedLine, PricedLine> change) =>
        snapshot with { Lines = [.. snapshot.Lines.Select((line, i) => i == index ? change(line) : line)] };

    public static DocumentSnapshot WithAllowanceCharge(this DocumentSnapshot snapshot, int index, Func<DocumentAllowanceCharge, DocumentAllowanceCharge> change) =>
        snapshot with
        {
            AllowancesCharges = [.. snapshot.AllowancesCharges.Select((ac, i) => i == index ? ac with { AllowanceCharge = change(ac.AllowanceCharge) } : ac)],
        };

    public static DocumentSnapshot WithBreakdown(this DocumentSnapshot snapshot, int index, Func<TaxSubtotal, TaxSubtotal> change) =>
        snapshot with { TaxBreakdown = [.. snapshot.TaxBreakdown.Select((row, i) => i == index ? change(row) : row)] };

    public static DocumentSnapshot WithTotals(this DocumentSnapshot snapshot, Func<DocumentTotals, DocumentTotals> change) =>
        snapshot with { Totals = change(snapshot.Totals) };

    /// <summary>Adds <paramref name="delta"/> to an amount, keeping its currency.</summary>
    public static Money Plus(this Money money, decimal delta) => money with { Amount = money.Amount + delta };

    /// <summary>
    /// Moves the VAT of breakdown row <paramref name="index"/> by <paramref name="delta"/> and carries the change
    /// through BT-110, BT-112 and BT-115, so that only the row's own VAT rules can notice.
    /// </summary>
    public static DocumentSnapshot WithVatShift(this DocumentSnapshot snapshot, int index, decimal delta) =>
        snapshot.WithBreakdown(index, row => row with { TaxAmount = row.TaxAmount.Plus(delta) })
            .WithTotals(t => t with
            {
                TaxTotal = t.TaxTotal.Plus(delta),
                TaxInclusiveAmount = t.TaxInclusiveAmount.Plus(delta),
                AmountDue = t.AmountDue.Plus(delta),
            });
}
