using System.Globalization;

namespace Facturation.Rendering.Documents;

/// <summary>The French and English wording.</summary>
public sealed partial class LayoutLanguage
{
    private static readonly LayoutLanguage French = new("fr", CultureInfo.GetCultureInfo("fr-FR"), new DocumentLabels
    {
        Seller = "Émetteur", BillTo = "Client", DeliverTo = "Adresse de livraison", Description = "Désignation", Quantity = "Qté",
        Unit = "Unité", UnitPrice = "Prix unitaire HT", Discount = "Remise", NetAmount = "Montant HT", VatRate = "TVA",
        AllowancesCharges = "Remises et frais", VatBreakdown = "Récapitulatif de TVA", VatCategory = "Catégorie",
        TaxableAmount = "Base HT", VatAmount = "Montant TVA", Exemption = "Motif d'exonération", Payment = "Paiement",
        DepositsDeducted = "Acomptes déduits", DepositInvoice = "Facture d'acompte", TotalWithVat = "Montant TTC",
        DueDate = "Échéance", AmountDue = "Net à payer", BankTransfer = "Virement", PaymentReference = "Référence à indiquer",
        ScanToPay = "Scannez avec votre application bancaire pour payer", Notes = "Notes", Mentions = "Mentions légales",
    }, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title.invoice"] = "Facture", ["title.credit-note"] = "Avoir", ["title.deposit-invoice"] = "Facture d'acompte",
        ["title.quote"] = "Devis", ["title.delivery-note"] = "Bon de livraison", ["title.payment-reminder"] = "Relance de paiement",
        ["date.issue"] = "Date d'émission", ["date.delivery"] = "Date de livraison / d'exécution", ["date.due"] = "Date d'échéance",
        ["date.period"] = "Période de facturation",
        ["reference.order"] = "Votre commande", ["reference.buyer"] = "Votre référence", ["reference.invoice"] = "Facture d'origine",
        ["reference.deposit-invoice"] = "Acompte déduit", ["reference.quote"] = "Devis", ["reference.of"] = "du",
        ["id.siren"] = "SIREN", ["id.siret"] = "SIRET", ["id.vat"] = "N° TVA", ["id.rcs"] = "RCS", ["id.capital"] = "au capital de",
        ["total.lines"] = "Total des lignes HT", ["total.allowances"] = "Remises", ["total.charges"] = "Frais",
        ["total.exclusive"] = "Total HT", ["total.vat"] = "Total TVA", ["total.inclusive"] = "Total TTC", ["total.prepaid"] = "Déjà réglé", ["total.deposits"] = "Acomptes déduits TTC",
        ["total.due"] = "Net à payer", ["total.credited"] = "Montant de l'avoir TTC", ["total.vat-accounting"] = "dont TVA en",
        ["reminder.text"] = "Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour ({0} jours après son échéance). Merci de procéder à son règlement.",
    });

    private static readonly LayoutLanguage English = new("en", CultureInfo.GetCultureInfo("en-GB"), new DocumentLabels
    {
        Seller = "From", BillTo = "Bill to", DeliverTo = "Deliver to", Description = "Description", Quantity = "Qty",
        Unit = "Unit", UnitPrice = "Unit price excl. VAT", Discount = "Discount", NetAmount = "Net amount", VatRate = "VAT",
        AllowancesCharges = "Allowances and charges", VatBreakdown = "VAT breakdown", VatCategory = "Category",
        TaxableAmount = "Taxable amount", VatAmount = "VAT amount", Exemption = "Exemption reason", Payment = "Payment",
        DepositsDeducted = "Deposits deducted", DepositInvoice = "Deposit invoice", TotalWithVat = "Total incl. VAT",
        DueDate = "Due date", AmountDue = "Amount due", BankTransfer = "Bank transfer", PaymentReference = "Payment reference",
        ScanToPay = "Scan with your banking app to pay", Notes = "Notes", Mentions = "Legal mentions",
    }, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title.invoice"] = "Invoice", ["title.credit-note"] = "Credit note", ["title.deposit-invoice"] = "Deposit invoice",
        ["title.quote"] = "Quote", ["title.delivery-note"] = "Delivery note", ["title.payment-reminder"] = "Payment reminder",
        ["date.issue"] = "Issue date", ["date.delivery"] = "Delivery date", ["date.due"] = "Due date",
        ["date.period"] = "Invoicing period",
        ["reference.order"] = "Your order", ["reference.buyer"] = "Your reference", ["reference.invoice"] = "Original invoice",
        ["reference.deposit-invoice"] = "Deposit deducted", ["reference.quote"] = "Quote", ["reference.of"] = "of",
        ["id.siren"] = "SIREN", ["id.siret"] = "SIRET", ["id.vat"] = "VAT no.", ["id.rcs"] = "RCS", ["id.capital"] = "share capital",
        ["total.lines"] = "Lines total", ["total.allowances"] = "Allowances", ["total.charges"] = "Charges",
        ["total.exclusive"] = "Total excl. VAT", ["total.vat"] = "VAT", ["total.inclusive"] = "Total incl. VAT", ["total.prepaid"] = "Already paid", ["total.deposits"] = "Deposits deducted (incl. VAT)",
        ["total.due"] = "Amount due", ["total.credited"] = "Credited incl. VAT", ["total.vat-accounting"] = "of which VAT in",
        ["reminder.text"] = "According to our records, the invoice below is still unpaid ({0} days after its due date). Please arrange payment.",
    });
}
