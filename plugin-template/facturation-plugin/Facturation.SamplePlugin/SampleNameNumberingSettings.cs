using System.Globalization;
using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.SamplePlugin;

/// <summary>Per-company settings of the scheme. The host stores the values and hands them over, defaults applied.</summary>
public sealed class SampleNameNumberingSettings : IPluginSettings
{
    /// <summary>Text put before every number, e.g. <c>ACME-</c>.</summary>
    public const string Prefix = "prefix";

    /// <summary>Digits of the zero-padded counter.</summary>
    public const string Width = "width";

    /// <summary>Counter digits when the company sets none.</summary>
    public const int DefaultWidth = 4;

    private const int MaxPrefixLength = 10;

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(Prefix, SettingKind.Text, $"Text before every number: up to {MaxPrefixLength} letters, digits, '-' or '_'.") { DefaultValue = "" },
        new(Width, SettingKind.WholeNumber, "Digits of the zero-padded counter (1 to 9).")
        {
            DefaultValue = DefaultWidth.ToString(CultureInfo.InvariantCulture),
            Required = true,
        },
    ];

    /// <inheritdoc />
    public Outcome Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        // Type, required and unknown-key checks come from the SDK; only this plugin's own rules follow.
        var problems = SettingRules.CheckDeclared(Definitions, values).Problems.ToList();
        if (values.GetInteger(Width) is { } width and (< 1 or > 9))
            problems.Add(new Problem("numbering.width", $"'{Width}' must be between 1 and 9; got {width}.", Width));
        var prefix = values.GetText(Prefix) ?? "";
        if (prefix.Length > MaxPrefixLength || !prefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            problems.Add(new Problem("numbering.prefix", $"'{Prefix}' must be up to {MaxPrefixLength} letters, digits, '-' or '_'; got '{prefix}'.", Prefix));
        return Outcome.Of(problems);
    }
}
