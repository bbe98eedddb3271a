using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;

namespace Facturation.Plugins.Tests;

/// <summary>Test data.</summary>
internal static class Some
{
    public static Party Party(string name) => new(name, PartyKind.Business, new PostalAddress(["1 rue de la Paix"], "75002", "Paris", CountryCode.France));

    public static DocumentLine Line(string id, TaxClass taxClass, LineNature nature = LineNature.Goods) =>
        new(id, "Item " + id, 1m, UnitCode.One, 10m, nature, taxClass);

    public static BusinessDocument Document(params DocumentLine[] lines) =>
        new(DocumentType.Invoice, new DateOnly(2026, 11, 22), CurrencyCode.Eur, Party("Seller SAS"), Party("Buyer SARL"), lines);

    public static SettingValues Settings(IEnumerable<SettingDefinition> definitions, params (string Key, string Value)[] values) =>
        new SettingValues(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).WithDefaults(definitions);
}
