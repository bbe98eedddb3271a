using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.EInvoicing.Ubl;

/// <summary>What every line of a received document is read with.</summary>
/// <param name="IsCreditNote">Whether the root is a <c>CreditNote</c> (lines are <c>cac:CreditNoteLine</c>).</param>
/// <param name="Currency">The document currency (BT-5).</param>
/// <param name="Nature">Goods or services, from the business process (BT-23).</param>
/// <param name="DueOnPayment">Whether BT-8 says the VAT is due on payment (code 432).</param>
internal sealed record UblDocumentFacts(bool IsCreditNote, CurrencyCode Currency, LineNature Nature, bool DueOnPayment);
