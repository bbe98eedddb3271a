namespace Facturation.Plugins.EInvoicing.Cii;

/// <summary>The namespaces of UN/CEFACT CII D16B (Cross Industry Invoice 100) and its root element.</summary>
internal static class CiiNamespaces
{
    /// <summary>The root message (<c>rsm:</c>).</summary>
    public const string Rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";

    /// <summary>Reusable aggregate business information entities (<c>ram:</c>).</summary>
    public const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /// <summary>Unqualified data types (<c>udt:</c>).</summary>
    public const string Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

    /// <summary>Qualified data types (<c>qdt:</c>).</summary>
    public const string Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    /// <summary>The root element's local name.</summary>
    public const string Root = "CrossIndustryInvoice";

    /// <summary>The date format code of <c>DateTimeString</c> (UNTDID 2379: 102 = CCYYMMDD).</summary>
    public const string DateFormat = "102";
}
