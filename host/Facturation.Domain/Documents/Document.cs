using Facturation.Domain.Lifecycle;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Domain.Documents;

/// <summary>
/// A quote, invoice, credit note, deposit invoice or delivery note. While a draft, people edit it; when issued it
/// receives its number and its frozen snapshot, after which nothing in it changes except the status an allowed
/// transition gives (e.g. cancelled by a full credit note) and the amount credited against it.
/// </summary>
public sealed class Document
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Issuing company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Kind of document.</summary>
    public DocumentType Type { get; set; }

    /// <summary>Lifecycle status.</summary>
    public DocumentStatus Status { get; private set; } = DocumentStatus.Draft;

    /// <summary>The customer.</summary>
    public Guid CustomerId { get; set; }

    /// <summary>The number, once issued (or sent, for a quote).</summary>
    public string? Number { get; private set; }

    /// <summary>Numbering series key (with the year for yearly series), once numbered.</summary>
    public string? SeriesKey { get; private set; }

    /// <summary>Counter value in the series, once numbered.</summary>
    public long? SeriesCounter { get; private set; }

    /// <summary>Issue date (company's local date), once numbered.</summary>
    public DateOnly? IssueDate { get; private set; }

    /// <summary>Delivery or service date.</summary>
    public DateOnly? DeliveryDate { get; set; }

    /// <summary>First day of the period invoiced (EN 16931 BT-73), with <see cref="InvoicingPeriodEnd"/>.</summary>
    public DateOnly? InvoicingPeriodStart { get; set; }

    /// <summary>Last day of the period invoiced (BT-74), with <see cref="InvoicingPeriodStart"/>.</summary>
    public DateOnly? InvoicingPeriodEnd { get; set; }

    /// <summary>Due date; computed from payment terms at issue when not set.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Document currency.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Exchange rate to the accounting currency when the currencies differ (frozen at issue).</summary>
    public decimal? ExchangeRate { get; set; }

    /// <summary>Date of <see cref="ExchangeRate"/>.</summary>
    public DateOnly? ExchangeRateDate { get; set; }

    /// <summary>Source of <see cref="ExchangeRate"/>.</summary>
    public string? ExchangeRateSource { get; set; }

    /// <summary>Buyer's purchase-order reference.</summary>
    public string? PurchaseOrderReference { get; set; }

    /// <summary>Payment terms text.</summary>
    public string? PaymentTerms { get; set; }

    /// <summary>Free note.</summary>
    public string? Note { get; set; }

    /// <summary>Lines in order.</summary>
    public List<DraftLine> Lines { get; private set; } = [];

    /// <summary>Document-level allowances and charges.</summary>
    public List<DraftAllowanceCharge> AllowancesCharges { get; private set; } = [];

    /// <summary>For a credit note: the invoice it corrects.</summary>
    public Guid? CorrectedDocumentId { get; set; }

    /// <summary>For an invoice or deposit made from a quote: the quote.</summary>
    public Guid? SourceQuoteId { get; set; }

    /// <summary>For a deposit invoice asked as a percentage of the quote: that percentage (null when asked as an amount).</summary>
    public decimal? DepositPercentage { get; set; }

    /// <summary>Frozen snapshot (canonical JSON) once issued.</summary>
    public string? SnapshotJson { get; private set; }

    /// <summary>SHA-256 (hex) of <see cref="SnapshotJson"/>.</summary>
    public string? SnapshotHash { get; private set; }

    /// <summary>Total without VAT in minor units (sortable), once issued.</summary>
    public long TaxExclusiveMinor { get; private set; }

    /// <summary>Total VAT in minor units, once issued.</summary>
    public long TaxTotalMinor { get; private set; }

    /// <summary>Total with VAT in minor units, once issued.</summary>
    public long TaxInclusiveMinor { get; private set; }

    /// <summary>Total with VAT already corrected by credit notes, in minor units.</summary>
    public long CreditedMinor { get; private set; }

    /// <summary>When the draft was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset? IssuedAt { get; private set; }

    /// <summary>
    /// The company's template revision when the document was issued (0: default layouts only): re-rendering uses the
    /// template versions of that revision, so a later template change never alters what was sent.
    /// </summary>
    public long TemplateRevision { get; set; }

    /// <summary>
    /// The company's branding revision when the document was issued (0: the default look): re-rendering uses that logo,
    /// those colours, that font and footer, so a later branding change never alters what was sent.
    /// </summary>
    public long BrandingRevision { get; set; }

    /// <summary>
    /// The template engine whose default layouts the document is printed with where its company had saved no layout of
    /// its own when it was issued (<c>handlebars</c> for documents issued before Scriban became the layout engine,
    /// <c>scriban</c> since); <see langword="null"/> for a draft.
    /// </summary>
    public string? DefaultLayoutEngineId { get; set; }

    /// <summary>Identifier in the system the document was imported from.</summary>
    public string? SourceId { get; set; }

    /// <summary>Checks that an action is allowed now.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The problem when forbidden, else <see langword="null"/>.</returns>
    public Problem? Check(DocumentAction action) => DocumentLifecycle.Check(Type, Status, action, out _);

    /// <summary>Numbers and freezes the document (issue, or send for a quote).</summary>
    /// <param name="numbering">Number, series and counter.</param>
    /// <param name="issueDate">Issue date.</param>
    /// <param name="snapshotJson">Canonical JSON of the snapshot.</param>
    /// <param name="snapshotHash">Its SHA-256.</param>
    /// <param name="totals">Frozen totals.</param>
    /// <param name="issuedAt">Instant of issue.</param>
    /// <returns>The problem when the document cannot be issued now.</returns>
    public Problem? MarkIssued(IssuedNumber numbering, DateOnly issueDate, string snapshotJson, string snapshotHash, Sdk.Taxes.DocumentTotals totals, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(numbering);
        ArgumentNullException.ThrowIfNull(totals);
        var action = Type == DocumentType.Quote ? DocumentAction.Send : DocumentAction.Issue;
        if (DocumentLifecycle.Check(Type, Status, action, out var next) is { } problem)
            return problem;
        Status = next;
        Number = numbering.Number;
        SeriesKey = numbering.SeriesKey;
        SeriesCounter = numbering.Counter;
        IssueDate = issueDate;
        SnapshotJson = snapshotJson;
        SnapshotHash = snapshotHash;
        TaxExclusiveMinor = Money.RoundingPolicy.ToMinorUnits(totals.TaxExclusiveAmount.Amount);
        TaxTotalMinor = Money.RoundingPolicy.ToMinorUnits(totals.TaxTotal.Amount);
        TaxInclusiveMinor = Money.RoundingPolicy.ToMinorUnits(totals.TaxInclusiveAmount.Amount);
        IssuedAt = issuedAt;
        return null;
    }

    /// <summary>Applies a quote decision (accept, refuse, expire, convert).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The problem when not allowed.</returns>
    public Problem? Apply(DocumentAction action)
    {
        if (action is DocumentAction.Issue or DocumentAction.Send or DocumentAction.Cancel or DocumentAction.Credit)
            return new Problem("lifecycle.use-service", $"'{action}' is done through its own operation, not as a status change.", "Status");
        if (DocumentLifecycle.Check(Type, Status, action, out var next) is { } problem)
            return problem;
        Status = next;
        return null;
    }

    /// <summary>Records a credit note against this issued invoice; cancels it when fully credited.</summary>
    /// <param name="creditedInclusiveMinor">The credit note's total with VAT, in minor units.</param>
    /// <returns>The problem when the credit exceeds what remains.</returns>
    public Problem? RecordCredit(long creditedInclusiveMinor)
    {
        if (DocumentLifecycle.Check(Type, Status, DocumentAction.Credit, out _) is { } problem)
            return problem;
        if (creditedInclusiveMinor <= 0 || CreditedMinor + creditedInclusiveMinor > TaxInclusiveMinor)
        {
            return new Problem("credit.exceeds-invoice",
                $"A credit of {Money.RoundingPolicy.FromMinorUnits(creditedInclusiveMinor)} exceeds what remains to credit on {Number} ({Money.RoundingPolicy.FromMinorUnits(TaxInclusiveMinor - CreditedMinor)}).",
                "Lines");
        }
        CreditedMinor += creditedInclusiveMinor;
        if (CreditedMinor == TaxInclusiveMinor)
            Status = DocumentStatus.Cancelled;
        return null;
    }
}
