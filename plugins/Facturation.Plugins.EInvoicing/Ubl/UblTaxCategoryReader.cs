using System.Globalization;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>Reads a VAT category block (<c>cac:TaxCategory</c>, <c>cac:ClassifiedTaxCategory</c>).</summary>
internal static class UblTaxCategoryReader
{
    /// <summary>The category and rate at <paramref name="name"/>; an unknown or missing code is reported and read as
    /// standard rate, a missing rate as zero.</summary>
    public static (VatCategory Category, decimal Rate) Read(UblNode parent, string name)
    {
        var code = parent.Text($"{name}/cbc:ID");
        if (!VatCategoryCodes.TryParse(code, out var category))
            parent.Report("einvoice.invalid-code", $"'{code}' is not an EN 16931 VAT category code (UNTDID 5305 subset).", $"{name}/cbc:ID");
        return (category, parent.Decimal($"{name}/cbc:Percent") ?? 0m);
    }

    /// <summary>
    /// The rate class a received line or allowance is put in: the document states a category and a rate, not the
    /// seller's classes, so the class is named after them (as the CII reader does), e.g. <c>s-20</c>, <c>s-5-5</c>, <c>ae-0</c>.
    /// </summary>
    public static TaxClass ClassOf(VatCategory category, decimal rate) =>
        new($"{category.ToCode().ToLowerInvariant()}-{rate.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', '-')}");

    /// <summary>The decision for a category and rate, with the VAT point of the document (BT-8).</summary>
    public static TaxDecision Decision(VatCategory category, decimal rate, bool dueOnPayment) =>
        new(category, rate) { TaxPoint = dueOnPayment ? TaxPoint.OnPayment : TaxPoint.OnInvoicing };
}
