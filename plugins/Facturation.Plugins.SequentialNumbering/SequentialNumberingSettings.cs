using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.SequentialNumbering;

/// <summary>Per-company settings: a prefix per document type, the counter width and the yearly reset.</summary>
public sealed class SequentialNumberingSettings : IPluginSettings
{
    /// <summary>Key prefix of a document type's prefix: <c>prefix.invoice</c>, <c>prefix.credit-note</c>, ...</summary>
    public const string PrefixKey = "prefix.";

    /// <summary>Digits of the zero-padded counter.</summary>
    public const string Width = "width";

    /// <summary>When true, numbers contain the year and counters restart each year.</summary>
    public const string Yearly = "yearly";

    private static readonly Dictionary<DocumentType, string> DefaultPrefixes = new()
    {
        [DocumentType.Quote] = "Q-",
        [DocumentType.Invoice] = "INV-",
        [DocumentType.CreditNote] = "CN-",
        [DocumentType.DepositInvoice] = "DEP-",
        [DocumentType.DeliveryNote] = "DN-",
    };

    /// <inheritdoc />
    public IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        .. SeriesKeys.All.Select(type => new SettingDefinition(PrefixKey + SeriesKeys.Of(type), SettingKind.Text,
            $"Prefix of {SeriesKeys.Of(type)} numbers (letters, digits, '-', '_', '/'; up to 10).")
        {
            DefaultValue = DefaultPrefixes[type],
            Required = true,
        }),
        new(Width, SettingKind.WholeNumber, "Digits of the zero-padded counter (1 to 12).") { DefaultValue = "5", Required = true },
        new(Yearly, SettingKind.Boolean, "Put the year in numbers and restart counters each year.") { DefaultValue = "true", Required = true },
    ];

    /// <inheritdoc />
    public Outcome Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = SettingRules.CheckDeclared(Definitions, values).Problems.ToList();
        if (values.GetInteger(Width) is { } width and (< 1 or > 12))
            problems.Add(new Problem("numbering.width", $"'{Width}' must be between 1 and 12; got {width}.", Width));
        var prefixes = SeriesKeys.All.Select(t => (Key: PrefixKey + SeriesKeys.Of(t), Value: values.GetText(PrefixKey + SeriesKeys.Of(t)) ?? "")).ToList();
        foreach (var (key, value) in prefixes)
        {
            if (value.Length is 0 or > 10 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
                problems.Add(new Problem("numbering.prefix", $"'{key}' must be 1 to 10 letters, digits, '-', '_' or '/'; got '{value}'.", key));
        }
        // Two series must never produce the same number: prefixes differ, and none is another followed by digits.
        foreach (var a in prefixes)
        {
            foreach (var b in prefixes.Where(b => string.CompareOrdinal(b.Key, a.Key) > 0))
            {
                if (Collide(a.Value, b.Value))
                    problems.Add(new Problem("numbering.prefix-collision", $"'{a.Key}' ('{a.Value}') and '{b.Key}' ('{b.Value}') could produce the same number.", b.Key));
            }
        }
        return Outcome.Of(problems);
    }

    private static bool Collide(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length..].All(char.IsAsciiDigit);
    }
}
