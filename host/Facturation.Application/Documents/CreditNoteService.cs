using Facturation.Application.Common;
using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Documents;

/// <summary>
/// Starts a credit note (avoir) correcting an issued invoice. A full credit note copies the invoice's lines and
/// allowances from its snapshot with their frozen VAT decisions; issuing it cancels the invoice. A partial one
/// starts empty: lines, allowances and charges are added as on an invoice, and issuing reduces what is due (never more
/// than what remains to credit). A deposit invoice is credited only until its final invoice deducts it.
/// </summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class CreditNoteService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Creates the draft credit note.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="invoiceNumber">Number of the invoice to correct.</param>
    /// <param name="full">Copy every line (full cancellation) or start empty (partial).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The draft credit note or the problems.</returns>
    public async Task<Outcome<Document>> CreateAsync(string companyCode, string invoiceNumber, bool full, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Documents.SingleOrDefaultAsync(
            d => d.Number == invoiceNumber && db.Companies.Any(c => c.Id == d.CompanyId && c.Code == companyCode), cancellationToken);
        if (invoice is null)
            return Outcome<Document>.Failure("document.not-found", $"No invoice '{invoiceNumber}' in company '{companyCode}'.", "Invoice");
        if (invoice.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice))
            return Outcome<Document>.Failure("credit.not-an-invoice", $"'{invoiceNumber}' is a {invoice.Type}; only invoices are credited.", "Invoice");
        if (invoice.Check(DocumentAction.Credit) is { } forbidden)
            return Outcome<Document>.Failure([forbidden]);
        // A deposit deducted by its final invoice is settled there: correcting it means correcting the final invoice.
        if (invoice.Type == DocumentType.DepositInvoice && invoice.SourceQuoteId is { } quoteId
            && await QuoteDeposits.FinalInvoiceNumberAsync(db, quoteId, cancellationToken) is { } final)
        {
            return Outcome<Document>.Failure("credit.deposit-deducted",
                $"Deposit invoice '{invoiceNumber}' is deducted by the final invoice {final}: credit the final invoice instead.", "Invoice");
        }
        if (full && invoice.CreditedMinor > 0)
            return Outcome<Document>.Failure("credit.already-partially-credited", $"'{invoiceNumber}' is already partly credited; credit the rest with a partial credit note.", "Invoice");

        var snapshot = SnapshotJson.Deserialize(invoice.SnapshotJson!);
        var credit = new Document
        {
            CompanyId = invoice.CompanyId,
            Type = DocumentType.CreditNote,
            CustomerId = invoice.CustomerId,
            Currency = invoice.Currency,
            ExchangeRate = invoice.ExchangeRate,
            ExchangeRateDate = invoice.ExchangeRateDate,
            ExchangeRateSource = invoice.ExchangeRateSource,
            CorrectedDocumentId = invoice.Id,
            DeliveryDate = snapshot.Document.DeliveryDate,
            InvoicingPeriodStart = snapshot.Document.InvoicingPeriod?.Start,
            InvoicingPeriodEnd = snapshot.Document.InvoicingPeriod?.End,
            PurchaseOrderReference = invoice.PurchaseOrderReference,
            Note = $"Avoir sur facture {invoice.Number} du {invoice.IssueDate:dd/MM/yyyy}",
            CreatedAt = time.GetUtcNow(),
        };
        if (full)
        {
            var position = 0;
            foreach (var line in snapshot.Lines)
                credit.Lines.Add(CopiedLine(line, ++position));
            position = 0;
            foreach (var charge in snapshot.AllowancesCharges)
            {
                credit.AllowancesCharges.Add(new DraftAllowanceCharge
                {
                    Position = ++position, IsCharge = charge.AllowanceCharge.IsCharge, Amount = charge.AllowanceCharge.Amount,
                    TaxClass = charge.AllowanceCharge.TaxClass.Value, Reason = charge.AllowanceCharge.Reason,
                    Percentage = charge.AllowanceCharge.Percentage, BaseAmount = charge.AllowanceCharge.BaseAmount,
                });
            }
        }
        db.Documents.Add(credit);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Document>.Success(credit);
    }

    private static DraftLine CopiedLine(PricedLine priced, int position) => new()
    {
        Position = position,
        ItemCode = priced.Line.ItemCode,
        Description = priced.Line.Description,
        Quantity = priced.Line.Quantity,
        UnitCode = priced.Line.Unit.Value,
        UnitPrice = priced.Line.UnitPrice,
        Discount = priced.Line.Discount,
        Nature = priced.Line.Nature,
        TaxClass = priced.Line.TaxClass.Value,
        FixedCategory = priced.Tax.Category,
        FixedRate = priced.Tax.RatePercent,
        FixedExemptionReason = priced.Tax.ExemptionReason,
        FixedExemptionCode = priced.Tax.ExemptionReasonCode,
        FixedTaxPoint = priced.Tax.TaxPoint,
    };
}
