using Facturation.Application.Common;

namespace Facturation.Application.Documents;

/// <summary>
/// What a person types on a draft's header, checked the same way by the document service and by import: dates within
/// <see cref="DateRules"/>, texts by <see cref="TextRules"/>, an exchange rate of sane size.
/// </summary>
public static class DraftEntryRules
{
    /// <summary>Largest exchange rate: 1,000,000 (the weakest currencies are in the tens of thousands to the euro).</summary>
    public const decimal MaxExchangeRate = 1_000_000m;

    /// <summary>Adds the problems of a draft header's dates, texts and exchange rate.</summary>
    /// <param name="validator">Validator.</param>
    /// <param name="input">Header.</param>
    /// <returns>The validator.</returns>
    public static Validator DraftEntries(this Validator validator, DraftInput input)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(input);
        return validator
            .Date(input.DeliveryDate, "DeliveryDate")
            .Date(input.DueDate, "DueDate")
            .Date(input.ExchangeRateDate, "ExchangeRateDate")
            .When(input.ExchangeRate > MaxExchangeRate, "ExchangeRate", "exchange-rate.too-large", $"ExchangeRate is at most {MaxExchangeRate:N0}; got {input.ExchangeRate}.")
            .Name(input.ExchangeRateSource, "ExchangeRateSource")
            .Name(input.PurchaseOrderReference, "PurchaseOrderReference")
            .Note(input.PaymentTerms, "PaymentTerms")
            .Note(input.Note, "Note");
    }
}
