namespace Facturation.Plugins.France.Mentions;

/// <summary>What a seller's legal form implies for the mentions it must print.</summary>
internal enum LegalFormCategory
{
    /// <summary>No legal form given: nothing can be derived from it.</summary>
    Missing,

    /// <summary>A company that states its share capital and its RCS registration (SAS, SARL, ...).</summary>
    CompanyWithShareCapital,

    /// <summary>Another company or legal person: RCS registration, no share capital required.</summary>
    Company,

    /// <summary>A sole trader (entrepreneur individuel, micro-entrepreneur): the name carries "EI".</summary>
    SoleTrader,
}
