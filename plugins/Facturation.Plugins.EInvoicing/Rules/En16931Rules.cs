using Facturation.Plugins.EInvoicing.Rules.Families;
using Facturation.Plugins.EInvoicing.Rules.Families.Vat;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>
/// The EN 16931 business rules (CEN/TC 434 validation artefacts) a document is checked against before it is
/// written, and that a received document is checked against after it is read. Each broken rule is a problem whose
/// code is the rule's published identifier (BR-16, BR-CO-15, BR-S-08, BR-DEC-23, BR-CL-04, ...).
/// </summary>
internal static class En16931Rules
{
    /// <summary>Code of the problem reported for quotes and delivery notes, which have no e-invoice form.</summary>
    public const string NotAnInvoice = "einvoice.not-an-invoice";

    private static readonly Action<InvoiceUnderCheck, ICollection<Problem>>[] Families =
    [
        DocumentRules.Check,
        PartyRules.Check,
        LineRules.Check,
        AllowanceChargeRules.Check,
        PaymentRules.Check,
        CalculationRules.Check,
        StandardRatedRules.Check,
        ZeroRatedRules.Check,
        ExemptRules.Check,
        ReverseChargeRules.Check,
        IntraCommunitySupplyRules.Check,
        ExportRules.Check,
        OutsideScopeRules.Check,
        CanaryIslandsRules.Check,
        CeutaMelillaRules.Check,
        DecimalRules.Check,
        CodeListRules.Check,
    ];

    /// <summary>Every broken rule of <paramref name="snapshot"/> when it is written under <paramref name="specificationId"/> (BT-24).</summary>
    public static IReadOnlyList<Problem> Check(DocumentSnapshot snapshot, string specificationId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(specificationId);
        var invoice = new InvoiceUnderCheck(snapshot, specificationId);
        if (invoice.TypeCode is null)
        {
            return [new Problem(NotAnInvoice,
                $"A {snapshot.Document.Type} is not an invoice: EN 16931 e-invoices exist for invoices, credit notes and deposit invoices only.",
                "Type")];
        }
        var problems = new List<Problem>();
        foreach (var family in Families)
            family(invoice, problems);
        return problems;
    }
}
