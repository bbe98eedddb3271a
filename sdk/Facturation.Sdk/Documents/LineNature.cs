namespace Facturation.Sdk.Documents;

/// <summary>Whether a line sells goods or services: it drives VAT rules, tax points and revenue accounts.</summary>
public enum LineNature
{
    /// <summary>Supply of goods.</summary>
    Goods,

    /// <summary>Supply of services.</summary>
    Service,
}
