namespace Facturation.Application.Interchange.Model;

/// <summary>
/// Turns a rule's field (the input property path, e.g. <c>BillingAddress.Country</c>, <c>Lines[0].Quantity</c>) into
/// the field as the file spells it (<c>billingAddress.country</c>, <c>lines[0].quantity</c>).
/// </summary>
internal static class FieldNames
{
    private const string PluginSettings = "PluginSettings.";

    public static string? FromRule(string? field, string? prefix = null)
    {
        if (field is null)
            return prefix;
        // Plugin ids and setting keys are data, not property names: keep them as they are.
        var camel = field.StartsWith(PluginSettings, StringComparison.Ordinal)
            ? "pluginSettings." + field[PluginSettings.Length..]
            : string.Join('.', field.Split('.').Select(Camel));
        return prefix is null ? camel : prefix + "." + camel;
    }

    private static string Camel(string segment) =>
        segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}
