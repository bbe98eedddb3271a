using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Mentions;

/// <summary>
/// The mandatory mentions of a French invoice, deposit invoice or credit note (CGI annexe II art. 242 nonies A,
/// Code de commerce L441-9 and R123-237, and the 2026 e-invoicing reform). Every missing item is reported at once,
/// as <c>fr.mention.*</c> problems naming the field; quotes and delivery notes are not invoices and pass untouched.
/// The tax regime's own problems and VAT mentions are its business, not repeated here.
/// </summary>
public sealed class FranceMentionRules : IDocumentRules
{
    /// <inheritdoc />
    public string Id => "fr-mentions";

    /// <inheritdoc />
    public string DisplayName => "Mentions obligatoires (France)";

    /// <inheritdoc />
    public ValueTask<Outcome<IReadOnlyList<LegalMention>>> CheckAsync(DocumentRulesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var document = request.Document;
        if (document.Type is not (DocumentType.Invoice or DocumentType.DepositInvoice or DocumentType.CreditNote))
            return ValueTask.FromResult(Outcome<IReadOnlyList<LegalMention>>.Success([]));

        var report = new MentionReport();
        SellerIdentification.Check(document.Seller, request.Settings, report);
        BuyerIdentification.Check(document.Buyer, report);
        DocumentDates.Check(document, report);
        CreditNoteReference.Check(document, report);
        OperationNature.Check(document, report);
        PaymentTermsMentions.Check(document, request.Settings, report);
        return ValueTask.FromResult(report.ToOutcome());
    }
}
