using System.Xml;
using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>
/// Writes UBL aggregate (<c>cac:</c>) and basic (<c>cbc:</c>) elements. Empty values are never written: an absent
/// business term is an absent element, as the EN 16931 UBL binding expects.
/// </summary>
internal sealed class UblElementWriter(XmlWriter xml)
{
    /// <summary>Opens an aggregate element.</summary>
    public void Start(string name) => xml.WriteStartElement("cac", name, UblNamespaces.Cac);

    /// <summary>Closes the last aggregate element opened.</summary>
    public void End() => xml.WriteEndElement();

    /// <summary>A basic element with text, skipped when <paramref name="value"/> is blank.</summary>
    public void Basic(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        xml.WriteElementString("cbc", name, UblNamespaces.Cbc, value);
    }

    /// <summary>A basic element with one attribute (e.g. <c>schemeID</c>, <c>unitCode</c>), skipped when blank.</summary>
    public void Basic(string name, string? value, string attribute, string? attributeValue)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        xml.WriteStartElement("cbc", name, UblNamespaces.Cbc);
        if (!string.IsNullOrWhiteSpace(attributeValue))
            xml.WriteAttributeString(attribute, attributeValue);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    /// <summary>An amount with two decimals and its <c>currencyID</c>.</summary>
    public void Amount(string name, Money amount) => Amount(name, amount.Amount, amount.Currency);

    /// <summary>An amount with two decimals and its <c>currencyID</c>.</summary>
    public void Amount(string name, decimal amount, CurrencyCode currency) =>
        Basic(name, XmlValues.Amount(amount), "currencyID", currency.Value);

    /// <summary>A date as xs:date, skipped when absent.</summary>
    public void Date(string name, DateOnly? date)
    {
        if (date is { } value)
            Basic(name, XmlValues.IsoDate(value));
    }

    /// <summary>A VAT category block (<c>cac:TaxCategory</c> or <c>cac:ClassifiedTaxCategory</c>): code, rate (none
    /// for category O, BR-O-05/BR-O-09/BR-O-10), exemption reason code and text when given, and the VAT scheme.</summary>
    public void TaxCategory(string name, VatCategory category, decimal ratePercent, string? exemptionCode = null, string? exemptionReason = null)
    {
        Start(name);
        Basic("ID", category.ToCode());
        if (category != VatCategory.OutsideScope)
            Basic("Percent", XmlValues.Percent(ratePercent));
        Basic("TaxExemptionReasonCode", exemptionCode);
        Basic("TaxExemptionReason", exemptionReason);
        Start("TaxScheme");
        Basic("ID", UblTaxSchemes.Vat);
        End();
        End();
    }

    /// <summary>A postal address (BG-5, BG-8, BG-15) under <paramref name="name"/>: first line as street name, second as
    /// additional street name, any further lines as one address line (BT-162), then city, post code, subdivision, country.</summary>
    public void Address(string name, PostalAddress address)
    {
        Start(name);
        Basic("StreetName", address.Lines.Count > 0 ? address.Lines[0] : null);
        Basic("AdditionalStreetName", address.Lines.Count > 1 ? address.Lines[1] : null);
        Basic("CityName", address.City);
        Basic("PostalZone", address.PostCode);
        Basic("CountrySubentity", address.Subdivision);
        if (address.Lines.Count > 2)
        {
            Start("AddressLine");
            Basic("Line", string.Join(", ", address.Lines.Skip(2)));
            End();
        }
        Start("Country");
        Basic("IdentificationCode", address.Country.Value);
        End();
        End();
    }
}
