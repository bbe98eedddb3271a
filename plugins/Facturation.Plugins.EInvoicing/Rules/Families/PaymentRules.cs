using Facturation.Plugins.EInvoicing.Terms;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules.Families;

/// <summary>
/// EN 16931 core rules on payment: BR-50, BR-61 and BR-CO-25. Texts from ConnectingEurope/eInvoicing-EN16931,
/// cii/schematron/abstract/EN16931-CII-model.sch. BR-49 (payment means code present) holds whenever payment
/// instructions are written, their code being derived (BT-81, <see cref="PaymentMeansCodes.For"/>).
/// </summary>
internal static class PaymentRules
{
    public static void Check(InvoiceUnderCheck invoice, ICollection<Problem> problems)
    {
        var code = invoice.PaymentMeansCode;
        var iban = InvoiceUnderCheck.Blank(invoice.Document.Seller.BankAccount?.Iban);
        if ((code is PaymentMeansCodes.CreditTransfer or PaymentMeansCodes.SepaCreditTransfer) && iban is null)
        {
            problems.Add(Violation.Of("BR-50", "A Payment account identifier (BT-84) shall be present if Credit transfer (BG-16) information is provided in the Invoice.",
                "Seller.BankAccount.Iban"));
            problems.Add(Violation.Of("BR-61", "If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.",
                "Seller.BankAccount.Iban", Violation.Show(code)));
        }

        var terms = invoice.Document.PaymentTerms;
        var amountDue = invoice.Snapshot.Totals.AmountDue.Amount;
        if (amountDue > 0m && terms?.DueDate is null && InvoiceUnderCheck.Blank(terms?.Description) is null)
        {
            problems.Add(Violation.Of("BR-CO-25", "In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.",
                "PaymentTerms", Violation.Show(amountDue)));
        }
    }
}
