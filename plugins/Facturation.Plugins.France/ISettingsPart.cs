using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France;

/// <summary>The settings of one part of the pack: its keys and the checks beyond their declared types.</summary>
internal interface ISettingsPart
{
    /// <summary>The part's keys, each starting with the part's prefix (<c>vat.</c>, <c>mentions.</c>, ...).</summary>
    IEnumerable<SettingDefinition> Definitions { get; }

    /// <summary>Checks the values (defaults applied, declared types already checked).</summary>
    /// <param name="values">All the pack's values.</param>
    /// <returns>One problem per broken rule, naming the key.</returns>
    IEnumerable<Problem> Validate(SettingValues values);
}
