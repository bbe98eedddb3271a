using System.Globalization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 core rules on invoice lines (BG-25) and their allowances (BG-27) and charges (BG-28): BR-21 to BR-27,
/// BR-42, BR-44, BR-CO-04, BR-CO-23 and BR-CO-24. Texts from ConnectingEurope/eInvoicing-EN16931, cii/schematron/abstract/EN16931-CII-model.sch.
/// </summary>
/// <remarks>
/// BR-22, BR-24 and BR-26 (quantity, line net amount, item net price present) always hold: the snapshot's records
/// cannot lack them. BR-27 (item net price not negative) is checked on the price as written: a line with a negative
/// unit price (a deducted deposit) is written with the quantity's sign reversed and the absolute price, so the
/// written price is never negative and the line net amount is unchanged.
/// </remarks>
internal static class LineRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var lines = invoice.Snapshot.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var field = $"Lines[{i.ToString(CultureInfo.InvariantCulture)}]";
            var line = lines[i].Line;
            if (InvoiceUnderCheck.Blank(line.LineId) is null)
                problems.Add(Violation.Of("BR-21", "Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).", field + ".LineId"));
            if (InvoiceUnderCheck.Blank(line.Unit.Value) is null)
                problems.Add(Violation.Of("BR-23", "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).", field + ".Unit"));
            if (InvoiceUnderCheck.Blank(line.Description) is null)
                problems.Add(Violation.Of("BR-25", "Each Invoice line (BG-25) shall contain the Item name (BT-153).", field + ".Description"));

            // BR-27 holds by construction: the price is written as |UnitPrice| (see remarks).
            if (!Enum.IsDefined(lines[i].Tax.Category))
            {
                problems.Add(Violation.Of("BR-CO-04", "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).",
                    field + ".Tax.Category", Violation.Show(((int)lines[i].Tax.Category).ToString(CultureInfo.InvariantCulture))));
            }

            // A line discount is written as one Invoice line allowance (BG-27: amount BT-136, reason BT-139, and reason
            // code BT-140 = 95 "Discount" when no reason is given, so BR-42 / BR-CO-23 always hold); a negative one as
            // one Invoice line charge (BG-28: amount BT-141, reason BT-144), which has no default code.
            if (line.Discount < 0m && InvoiceUnderCheck.Blank(line.DiscountReason) is null)
            {
                problems.Add(Violation.Of("BR-44", "Each Invoice line charge (BG-28) shall have an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145).",
                    field + ".DiscountReason"));
                problems.Add(Violation.Of("BR-CO-24", "Each Invoice line charge (BG-28) shall contain an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145), or both.",
                    field + ".DiscountReason"));
            }
        }
    }

    /// <summary>Whether a VAT category value is one EN 16931 knows (guards data read from outside).</summary>
    public static bool IsKnown(VatCategory category) => Enum.IsDefined(category);
}
