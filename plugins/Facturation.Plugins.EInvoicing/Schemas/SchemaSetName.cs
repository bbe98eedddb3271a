namespace Facturation.Plugins.EInvoicing.Schemas;

/// <summary>The XML Schema sets the plugin validates against, each a folder under the plugin's <c>schemas/</c>.</summary>
internal enum SchemaSetName
{
    /// <summary>UN/CEFACT CII D16B (uncoupled code lists): <c>schemas/cii-d16b</c>.</summary>
    CiiD16B,

    /// <summary>Factur-X 1.0 EN 16931 profile: <c>schemas/facturx-en16931</c>.</summary>
    FacturXEn16931,

    /// <summary>Factur-X 1.0 BASIC profile: <c>schemas/facturx-basic</c>.</summary>
    FacturXBasic,

    /// <summary>OASIS UBL 2.1 Invoice: <c>schemas/ubl-2.1/maindoc/UBL-Invoice-2.1.xsd</c>.</summary>
    UblInvoice,

    /// <summary>OASIS UBL 2.1 CreditNote: <c>schemas/ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd</c>.</summary>
    UblCreditNote,
}
