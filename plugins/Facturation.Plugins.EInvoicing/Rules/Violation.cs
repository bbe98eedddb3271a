using System.Globalization;
using Facturation.Sdk.Common;

namespace Facturation.Plugins.EInvoicing.Rules;

/// <summary>Builds the problem reported for a broken rule: its published id, its sentence and what was found.</summary>
internal static class Violation
{
    /// <summary>A problem whose code and rule id are <paramref name="ruleId"/> and whose message is the rule's
    /// sentence, followed by the offending value when there is one.</summary>
    public static Problem Of(string ruleId, string rule, string? field, string? found = null) =>
        new(ruleId, found is null ? $"[{ruleId}] {rule}" : $"[{ruleId}] {rule} Found: {found}.", field) { RuleId = ruleId };

    /// <summary>A value as shown in messages ("(none)" for a missing one).</summary>
    public static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "(none)" : $"'{value}'";

    /// <summary>A number as shown in messages (invariant culture).</summary>
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
