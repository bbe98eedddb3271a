using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 core rules on document level allowances (BG-20) and charges (BG-21): BR-31 to BR-33, BR-36 to BR-38,
/// BR-CO-21 and BR-CO-22. Texts from ConnectingEurope/eInvoicing-EN16931, cii/schematron/abstract/EN16931-CII-model.sch.
/// BR-31 and BR-36 (amount present) always hold for the snapshot's records.
/// </summary>
internal static class AllowanceChargeRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var items = invoice.Snapshot.AllowancesCharges;
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"AllowancesCharges[{i.ToString(CultureInfo.InvariantCulture)}]";
            var item = items[i].AllowanceCharge;
            var hasReason = InvoiceUnderCheck.Blank(item.Reason) is not null || InvoiceUnderCheck.Blank(item.ReasonCode) is not null;
            var knownCategory = LineRules.IsKnown(items[i].Tax.Category);
            if (item.IsCharge)
            {
                if (!knownCategory)
                    problems.Add(Violation.Of("BR-37", "Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).", field + ".Tax.Category"));
                if (!hasReason)
                {
                    problems.Add(Violation.Of("BR-38", "Each Document level charge (BG-21) shall have a Document level charge reason (BT-104) or a Document level charge reason code (BT-105).", field + ".Reason"));
                    problems.Add(Violation.Of("BR-CO-22", "Each Document level charge (BG-21) shall contain a Document level charge reason (BT-104) or a Document level charge reason code (BT-105), or both.", field + ".Reason"));
                }
            }
            else
            {
                if (!knownCategory)
                    problems.Add(Violation.Of("BR-32", "Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).", field + ".Tax.Category"));
                if (!hasReason)
                {
                    problems.Add(Violation.Of("BR-33", "Each Document level allowance (BG-20) shall have a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98).", field + ".Reason"));
                    problems.Add(Violation.Of("BR-CO-21", "Each Document level allowance (BG-20) shall contain a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98), or both.", field + ".Reason"));
                }
            }
        }
    }
}
