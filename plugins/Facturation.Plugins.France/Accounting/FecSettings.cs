using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Accounting;

/// <summary>STUB — being written.</summary>
internal sealed class FecSettings : ISettingsPart
{
    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } = [];

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values) => [];
}
