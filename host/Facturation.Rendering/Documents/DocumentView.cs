namespace Facturation.Rendering.Documents;

/// <summary>
/// What a layout sees of an issued document: plain text already formatted for the document's language (amounts,
/// dates, rates), never entities or services. Templates receive it as camelCase dictionaries and lists
/// (<see cref="TemplateModel"/>), so they can read nothing else.
/// </summary>
/// <param name="Language">BCP 47 language of the layout, <c>fr</c> or <c>en</c>.</param>
/// <param name="Layout">Layout name (<c>invoice</c>, <c>credit-note</c> ...).</param>
/// <param name="Title">Document title in the language ("Facture", "Credit note").</param>
/// <param name="Number">Document number.</param>
/// <param name="Labels">Fixed wording of the layout in the language.</param>
/// <param name="Seller">The issuing company.</param>
/// <param name="Buyer">The customer.</param>
/// <param name="Dates">Issue, delivery and due dates, each with its label.</param>
/// <param name="References">Order number, buyer reference, corrected invoice, deducted deposits ...</param>
/// <param name="Lines">Lines in order.</param>
/// <param name="AllowancesCharges">Document-level allowances and charges.</param>
/// <param name="TaxBreakdown">VAT per category and rate.</param>
/// <param name="Totals">Totals, last one the amount due.</param>
/// <param name="Mentions">Legal mentions, verbatim (French wording kept on English layouts for French sellers).</param>
/// <param name="Notes">Free notes.</param>
/// <param name="Branding">Logo, colours, font and footer of the company.</param>
public sealed record DocumentView(
    string Language,
    string Layout,
    string Title,
    string Number,
    DocumentLabels Labels,
    PartyView Seller,
    PartyView Buyer,
    IReadOnlyList<LabelledValue> Dates,
    IReadOnlyList<LabelledValue> References,
    IReadOnlyList<LineView> Lines,
    IReadOnlyList<AllowanceChargeView> AllowancesCharges,
    IReadOnlyList<TaxRowView> TaxBreakdown,
    IReadOnlyList<TotalView> Totals,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> Notes,
    BrandingView Branding)
{
    /// <summary>Delivery address lines when goods go elsewhere than the buyer's address; empty otherwise.</summary>
    public IReadOnlyList<string> DeliveryAddress { get; init; } = [];

    /// <summary>Whether the document shows prices (a delivery note does not).</summary>
    public bool ShowPrices { get; init; } = true;

    /// <summary>Whether any line has a discount (the column is shown only then).</summary>
    public bool HasDiscounts { get; init; }

    /// <summary>On a final invoice: the deposits deducted, per deposit and VAT category and rate; empty otherwise.</summary>
    public IReadOnlyList<DepositDeductionView> DepositDeductions { get; init; } = [];

    /// <summary>How to pay, on invoices and deposit invoices; <see langword="null"/> otherwise.</summary>
    public PaymentView? Payment { get; init; }

    /// <summary>The reminder's own text, on a payment reminder only.</summary>
    public ReminderView? Reminder { get; init; }

    /// <summary>The company's legal identity for the footer (name, legal form, capital, RCS, SIREN, VAT number).</summary>
    public string LegalFooter { get; init; } = "";
}
