namespace Facturation.Sdk.Taxes;

/// <summary>VAT category of EN 16931 (UNTDID 5305 subset, BT-118 / BT-151); <see cref="VatCategoryCodes"/> gives the codes.</summary>
public enum VatCategory
{
    /// <summary>S: standard or reduced rate.</summary>
    StandardRate,

    /// <summary>Z: zero-rated goods.</summary>
    ZeroRated,

    /// <summary>E: exempt from tax (also the French "franchise en base").</summary>
    Exempt,

    /// <summary>AE: VAT reverse charge (autoliquidation).</summary>
    ReverseCharge,

    /// <summary>K: VAT-exempt intra-community supply of goods and services.</summary>
    IntraCommunitySupply,

    /// <summary>G: free export item, tax not charged.</summary>
    Export,

    /// <summary>O: services outside the scope of tax (never for a seller with a VAT number, BR-O-02).</summary>
    OutsideScope,

    /// <summary>L: Canary Islands general indirect tax (IGIC).</summary>
    CanaryIslands,

    /// <summary>M: tax for production, services and importation in Ceuta and Melilla (IPSI).</summary>
    CeutaMelilla,
}
