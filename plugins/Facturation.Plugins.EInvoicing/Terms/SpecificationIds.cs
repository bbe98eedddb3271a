namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>Specification identifiers (EN 16931 BT-24) the plugin writes and recognises.</summary>
internal static class SpecificationIds
{
    /// <summary>EN 16931 core: the Factur-X / ZUGFeRD "EN 16931" (COMFORT) profile in CII, plain EN 16931 in UBL.</summary>
    public const string En16931 = "urn:cen.eu:en16931:2017";

    /// <summary>Factur-X / ZUGFeRD BASIC (a subset of EN 16931 with lines; CII only).</summary>
    public const string FacturXBasic = "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic";

    /// <summary>Factur-X EXTENDED, recognised when reading only.</summary>
    public const string FacturXExtended = "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended";

    /// <summary>Factur-X MINIMUM: no lines, not an invoice under EN 16931; recognised to be refused.</summary>
    public const string FacturXMinimum = "urn:factur-x.eu:1p0:minimum";

    /// <summary>Factur-X BASIC WL: no lines, not an invoice under EN 16931; recognised to be refused.</summary>
    public const string FacturXBasicWl = "urn:factur-x.eu:1p0:basicwl";

    /// <summary>Peppol BIS Billing 3.0 (UBL), recognised when reading.</summary>
    public const string PeppolBis3 = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
}
