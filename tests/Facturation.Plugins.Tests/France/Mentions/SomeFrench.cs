using Facturation.Plugins.France.Mentions;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Rules;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Mentions;

/// <summary>French test documents that carry every mandatory mention, for tests to break one at a time.</summary>
internal static class SomeFrench
{
    public static readonly DateOnly IssueDate = new(2026, 11, 22);

    public static Party Seller() =>
        new("Atelier Martin", PartyKind.Business, new PostalAddress(["12 rue des Tanneurs"], "69001", "Lyon", CountryCode.France))
        {
            LegalForm = "SAS",
            ShareCapital = new Money(10_000m, CurrencyCode.Eur),
            RegistrationCity = "Lyon",
            Identifiers = [new PartyIdentifier("123456789", PartyIdentifier.SirenScheme)],
            VatNumber = "FR32123456789",
        };

    // The buyer gives a SIRET only: its SIREN is derived from it.
    public static Party Buyer() =>
        new("Boulangerie Durand", PartyKind.Business, new PostalAddress(["3 place du Marché"], "75011", "Paris", CountryCode.France))
        {
            Identifiers = [new PartyIdentifier("98765432100017", PartyIdentifier.SiretScheme)],
        };

    public static BusinessDocument Invoice(params DocumentLine[] lines) =>
        new(DocumentType.Invoice, IssueDate, CurrencyCode.Eur, Seller(), Buyer(), lines.Length > 0 ? lines : [Some.Line("1", TaxClass.Standard)])
        {
            PaymentTerms = new PaymentTerms(IssueDate.AddDays(30), "30 jours"),
        };

    public static BusinessDocument CreditNote() =>
        Invoice() with
        {
            Type = DocumentType.CreditNote,
            PaymentTerms = null,
            PrecedingDocuments = [new DocumentReference("F2026-00042", new DateOnly(2026, 11, 2), DocumentType.Invoice)],
        };

    public static SettingValues Settings(params (string Key, string Value)[] values) =>
        Some.Settings(new MentionSettings().Definitions, values);

    public static async Task<Outcome<IReadOnlyList<LegalMention>>> CheckAsync(BusinessDocument document, SettingValues? settings = null) =>
        await CheckAsync(document, Outcome<TaxAssessment>.Success(new TaxAssessment([], [], [])), settings);

    public static async Task<Outcome<IReadOnlyList<LegalMention>>> CheckAsync(
        BusinessDocument document, Outcome<TaxAssessment> assessment, SettingValues? settings = null) =>
        await new FranceMentionRules().CheckAsync(new DocumentRulesRequest(document, assessment, settings ?? Settings()), CancellationToken.None);
}
