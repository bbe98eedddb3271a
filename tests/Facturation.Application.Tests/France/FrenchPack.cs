using Facturation.Application.Companies;
using Facturation.Application.Issuing;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.France;

/// <summary>A company that uses the France pack (regime, numbering, mentions) through the loaded plugin, as a user enables it.</summary>
internal static class FrenchPack
{
    public const string PluginId = "Facturation.Plugins.France";

    public static CompanyInput Enable(CompanyInput input) => input with
    {
        TaxRegimeId = "fr-vat",
        NumberingSchemeId = "fr-numbering",
        DocumentRulesIds = ["fr-mentions"],
    };

    /// <summary>A Belgian business customer: its VAT number, no SIREN, a billing address in Brussels.</summary>
    public static Facturation.Application.Customers.CustomerInput BelgianBusiness(Facturation.Application.Customers.CustomerInput input) => input with
    {
        Siren = null,
        VatNumber = "BE0477472701",
        BillingAddress = new Address { Line1 = "Rue Neuve 1", PostCode = "1000", City = "Bruxelles", Country = "BE" },
    };

    public static Task<Company> CompanyAsync(TestApp app, Func<CompanyInput, CompanyInput>? change = null) =>
        app.CompanyAsync(change: input => (change ?? (i => i))(Enable(input)));

    public static async Task<DocumentSnapshot> SnapshotAsync(TestApp app, string number)
    {
        var document = (await app.Get<Facturation.Application.Documents.DocumentService>().FindAsync("acme", number, default)).GetValueOrThrow();
        return SnapshotJson.Deserialize(document.SnapshotJson!);
    }
}
