using Facturation.Sdk.Common;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// Settings of the <c>fr-mentions</c> rules: the payment-terms wording printed on invoices. Values are optional on
/// purpose: an admin who clears one is refused at issue with the mention named, rather than printing nothing.
/// </summary>
internal sealed class MentionSettings : ISettingsPart
{
    /// <summary>Wording of the late-payment penalties, printed for business customers (Code de commerce L441-10).</summary>
    public const string LatePaymentPenalty = "mentions.late-payment-penalty";

    /// <summary>Wording of the early-payment discount terms, or that none applies (Code de commerce L441-9).</summary>
    public const string EarlyPaymentDiscount = "mentions.early-payment-discount";

    /// <summary>The legal default rate when none is agreed: ECB refinancing rate + 10 points (L441-10).</summary>
    public const string DefaultLatePaymentPenalty =
        "En cas de retard de paiement, des pénalités sont exigibles au taux de refinancement de la BCE majoré de 10 points (art. L441-10 du Code de commerce).";

    /// <summary>Statement that no discount is granted for early payment.</summary>
    public const string DefaultEarlyPaymentDiscount = "Pas d'escompte pour paiement anticipé.";

    /// <summary>Longest accepted wording; a mention is a sentence or two, not terms and conditions.</summary>
    public const int MaxLength = 500;

    /// <inheritdoc />
    public IEnumerable<SettingDefinition> Definitions { get; } =
    [
        new(LatePaymentPenalty, SettingKind.Text, "Late-payment penalties printed for business customers (pénalités de retard, art. L441-10 du Code de commerce); at least 3 times the legal interest rate.")
        {
            DefaultValue = DefaultLatePaymentPenalty,
        },
        new(EarlyPaymentDiscount, SettingKind.Text, "Early-payment discount terms, or a statement that none applies (escompte, art. L441-9 du Code de commerce).")
        {
            DefaultValue = DefaultEarlyPaymentDiscount,
        },
    ];

    /// <inheritdoc />
    public IEnumerable<Problem> Validate(SettingValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var key in (string[])[LatePaymentPenalty, EarlyPaymentDiscount])
        {
            if (values.GetText(key) is { Length: > MaxLength } text)
                yield return new Problem("mentions.too-long", $"'{key}' must be at most {MaxLength} characters; got {text.Length}.", key);
        }
    }
}
