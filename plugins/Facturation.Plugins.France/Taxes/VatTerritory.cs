namespace Facturation.Plugins.France.Taxes;

/// <summary>Where the buyer is, as far as French VAT is concerned.</summary>
internal enum VatTerritory
{
    /// <summary>Mainland France, and Monaco, which belongs to the French VAT territory.</summary>
    France,

    /// <summary>Another member state of the European Union.</summary>
    OtherMemberState,

    /// <summary>Outside the European Union (third country).</summary>
    ThirdCountry,
}
