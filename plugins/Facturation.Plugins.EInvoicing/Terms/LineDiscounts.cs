namespace Facturation.Plugins.EInvoicing.Terms;

/// <summary>How a line discount without a stated reason is exchanged.</summary>
internal static class LineDiscounts
{
    /// <summary>UNTDID 5189 code 95, "Discount": the line allowance reason code (BT-140) written when the seller gave
    /// no reason text, since EN 16931 wants a reason or a code on every allowance (BR-42).</summary>
    public const string UnexplainedReasonCode = "95";
}
