using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Numbering;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Numbering;

/// <summary>
/// Settings of the <c>fr-numbering</c> scheme: one pattern per document type and the counter reset. Validation makes
/// sure every number stays unique for the company (CGI annexe II art. 242 nonies A): patterns parse, a yearly reset
/// only with the year in the number, and no two different patterns able to print the same number.
/// </summary>
internal sealed class NumberingSettings : ISettingsPart
{
    /// <summary>Prefix of the pattern keys: <c>numbering.pattern.invoice</c>, <c>numbering.pattern.credit-note</c>, ...</summary>
    public const string PatternKeyPrefix = "numbering.pattern.";

    /// <summary>When counters restart: <see cref="Yearly"/> or <see cref="Never"/>.</summary>
    public const string Reset = "numbering.reset";

    /// <summary>Counters restart at 1 each calendar year.</summary>
    public const string Yearly = "yearly";

    /// <summary>One continuous counter per series.</summary>
    public const string Never = "never";

    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        .. Enum.GetValues<DocumentType>().Select(type => new SettingDefinition(PatternKeyOf(type), SettingKind.Text,
            $"Pattern of {NameOf(type)} numbers: {{yyyy}}, {{yy}}, {{mm}}, exactly one {{counter:N}} (N from 1 to 12) and letters, digits, '-', '_', '/', '.'. Types with the same pattern share one counter.")
        {
            DefaultValue = DefaultPatternOf(type),
            Required = true,
        }),
        new(Reset, SettingKind.Choice, "When counters restart at 1: 'yearly' (every pattern must contain {yyyy} or {yy}) or 'never'.")
        {
            DefaultValue = Yearly,
            Required = true,
            AllowedValues = [Yearly, Never],
        },
    ];

    /// <summary>The setting holding a document type's pattern.</summary>
    /// <param name="type">The document type.</param>
    /// <returns>The key.</returns>
    public static string PatternKeyOf(DocumentType type) => PatternKeyPrefix + NameOf(type);

    /// <summary>A document type's pattern, its default when the company set none.</summary>
    /// <param name="type">The document type.</param>
    /// <param name="values">The pack's values.</param>
    /// <returns>The pattern as typed.</returns>
    public static string PatternOf(DocumentType type, SettingValues values) =>
        values.GetText(PatternKeyOf(type)) ?? DefaultPatternOf(type);

    /// <summary>The counter reset; yearly unless set to <see cref="Never"/>.</summary>
    /// <param name="values">The pack's values.</param>
    /// <returns>The reset.</returns>
    public static CounterReset ResetOf(SettingValues values) =>
        values.GetText(Reset) == Never ? CounterReset.Never : CounterReset.Yearly;

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<Problem>();
        var patterns = new List<(string Key, NumberPattern Pattern)>();
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            var key = PatternKeyOf(type);
            if (NumberPattern.Parse(PatternOf(type, values), key, problems) is { } pattern)
                patterns.Add((key, pattern));
        }
        if (ResetOf(values) == CounterReset.Yearly)
        {
            foreach (var (key, _) in patterns.Where(p => !p.Pattern.ContainsYear))
                problems.Add(new Problem("numbering.reset-without-year", $"'{Reset}' is '{Yearly}' but '{key}' has no {{yyyy}} or {{yy}}: its numbers would repeat when the counter restarts.", key));
        }
        // Identical patterns are one shared series; different ones must never print the same number.
        for (var i = 0; i < patterns.Count; i++)
        {
            for (var j = i + 1; j < patterns.Count; j++)
            {
                var (first, second) = (patterns[i], patterns[j]);
                if (first.Pattern.Text != second.Pattern.Text && PatternCollision.CanPrintSameNumber(first.Pattern, second.Pattern))
                    problems.Add(new Problem("numbering.patterns-collide", $"'{first.Key}' ('{first.Pattern.Text}') and '{second.Key}' ('{second.Pattern.Text}') can print the same number; make them differ by a letter or separator, or use the same pattern to share one series.", second.Key));
            }
        }
        return problems;
    }

    private static string NameOf(DocumentType type) => type switch
    {
        DocumentType.Quote => "quote",
        DocumentType.Invoice => "invoice",
        DocumentType.CreditNote => "credit-note",
        DocumentType.DepositInvoice => "deposit-invoice",
        DocumentType.DeliveryNote => "delivery-note",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };

    private static string DefaultPatternOf(DocumentType type) => type switch
    {
        DocumentType.Quote => "D{yyyy}-{counter:5}",
        DocumentType.Invoice => "F{yyyy}-{counter:5}",
        DocumentType.CreditNote => "AV{yyyy}-{counter:5}",
        DocumentType.DepositInvoice => "FA{yyyy}-{counter:5}",
        DocumentType.DeliveryNote => "BL{yyyy}-{counter:5}",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}
