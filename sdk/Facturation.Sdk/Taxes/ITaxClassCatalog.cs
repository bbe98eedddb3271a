using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Sdk.Taxes;

/// <summary>
/// Optional capability of an <see cref="ITaxRegime"/> (SDK 1.3): the tax classes it decides. The host then refuses an
/// item, a line or an allowance in an unknown class when it is entered or imported, instead of only at issue. A
/// regime without it has classes checked at issue only.
/// </summary>
public interface ITaxClassCatalog
{
    /// <summary>The classes <see cref="ITaxRegime.AssessAsync"/> can decide for a company with these settings.</summary>
    /// <param name="settings">The regime plugin's settings for the company, defaults applied.</param>
    /// <returns>The known classes.</returns>
    IReadOnlyCollection<TaxClass> KnownTaxClasses(SettingValues settings);
}
