using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>
/// Writes CII <c>ram:</c> elements. Blank values are never written: an absent business term is an absent element,
/// as the EN 16931 CII binding expects.
/// </summary>
internal sealed class CiiElementWriter(XmlWriter xml)
{
    /// <summary>Opens a <c>ram:</c> element.</summary>
    public void Start(string name) => xml.WriteStartElement("ram", name, CiiNamespaces.Ram);

    /// <summary>Opens a <c>rsm:</c> element.</summary>
    public void StartRoot(string name) => xml.WriteStartElement("rsm", name, CiiNamespaces.Rsm);

    /// <summary>Closes the last element opened.</summary>
    public void End() => xml.WriteEndElement();

    /// <summary>A text element, skipped when <paramref name="value"/> is blank.</summary>
    public void Text(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            xml.WriteElementString("ram", name, CiiNamespaces.Ram, value);
    }

    /// <summary>A text element with one attribute (<c>schemeID</c>, <c>unitCode</c>, <c>currencyID</c>), skipped when
    /// blank; the attribute is skipped when its value is blank.</summary>
    public void Text(string name, string? value, string attribute, string? attributeValue)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        xml.WriteStartElement("ram", name, CiiNamespaces.Ram);
        if (!string.IsNullOrWhiteSpace(attributeValue))
            xml.WriteAttributeString(attribute, attributeValue);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>An amount with two decimals, without currency (CII states the currency once, BT-5).</summary>
    public void Amount(string name, decimal amount) => Text(name, XmlValues.Amount(amount));

    /// <summary>An amount with two decimals and its <c>currencyID</c> (only the VAT totals carry one).</summary>
    public void Amount(string name, Money amount) =>
        Text(name, XmlValues.Amount(amount.Amount), "currencyID", amount.Currency.Value);

    /// <summary>A date as <c>udt:DateTimeString</c> in format 102, skipped when absent.</summary>
    public void Date(string name, DateOnly? date)
    {
        if (date is not { } value)
            return;
        Start(name);
        xml.WriteStartElement("udt", "DateTimeString", CiiNamespaces.Udt);
        xml.WriteAttributeString("format", CiiNamespaces.DateFormat);
        xml.WriteString(XmlValues.CiiDate(value));
        xml.WriteEndElement();
        End();
    }

    /// <summary>A date as <c>qdt:DateTimeString</c> in format 102 (referenced documents), skipped when absent.</summary>
    public void FormattedDate(string name, DateOnly? date)
    {
        if (date is not { } value)
            return;
        Start(name);
        xml.WriteStartElement("qdt", "DateTimeString", CiiNamespaces.Qdt);
        xml.WriteAttributeString("format", CiiNamespaces.DateFormat);
        xml.WriteString(XmlValues.CiiDate(value));
        xml.WriteEndElement();
        End();
    }

    /// <summary>A <c>ram:ChargeIndicator</c> with its <c>udt:Indicator</c>.</summary>
    public void ChargeIndicator(bool isCharge)
    {
        Start("ChargeIndicator");
        xml.WriteElementString("udt", "Indicator", CiiNamespaces.Udt, isCharge ? "true" : "false");
        End();
    }

    /// <summary>An element holding a single <c>ram:ID</c> (document context parameters, tax registrations).</summary>
    public void Identified(string name, string? id, string? schemeId = null)
    {
        if (string.IsNullOrWhiteSpace(id))
            return;
        Start(name);
        Text("ID", id, "schemeID", schemeId);
        End();
    }

    /// <summary>The VAT code and rate of a line or an allowance/charge (<c>TypeCode</c>, <c>CategoryCode</c>,
    /// <c>RateApplicablePercent</c>); no rate for category O (BR-O-05, BR-O-06).</summary>
    public void CategoryTax(string name, TaxDecision tax)
    {
        Start(name);
        Text("TypeCode", CiiTaxCodes.Vat);
        Text("CategoryCode", tax.Category.ToCode());
        if (tax.Category != VatCategory.OutsideScope)
            Text("RateApplicablePercent", XmlValues.Percent(tax.RatePercent));
        End();
    }
}
