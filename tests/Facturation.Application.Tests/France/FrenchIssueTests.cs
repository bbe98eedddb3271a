using Facturation.Application.Documents;
using Facturation.Domain.Lifecycle;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Application.Tests.France;

/// <summary>Issuing through the France pack as loaded by the host: numbers, regime decisions and mandatory mentions.</summary>
public class FrenchIssueTests
{
    [Fact]
    public async Task CompleteInvoice_IsIssuedWithTheFrenchNumberDecisionsAndMentions()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var issued = await app.IssueAsync((await app.DraftAsync(lines:
        [
            new LineInput { Description = "Conseil", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR", Nature = LineNature.Service },
            new LineInput { Description = "Livre", Quantity = 3m, UnitPrice = 20m, TaxClass = "reduced", Nature = LineNature.Goods },
        ])).Id);

        Assert.Equal("F2026-00001", issued.Number);
        var snapshot = issued.Snapshot;
        Assert.Equal(TaxPoint.OnPayment, snapshot.Lines[0].Tax.TaxPoint);
        Assert.Equal(TaxPoint.OnInvoicing, snapshot.Lines[1].Tax.TaxPoint);
        Assert.Equal([20m, 5.5m], snapshot.TaxBreakdown.Select(r => r.RatePercent).Order().Reverse());
        Assert.Equal(40m + 3.30m, snapshot.Totals.TaxTotal.Amount);
        var codes = snapshot.Mentions.Select(m => m.Code).ToList();
        Assert.Contains("fr.nature-operation", codes);
        Assert.Contains("fr.late-payment-penalty", codes);
        Assert.Contains("fr.recovery-indemnity", codes);
        Assert.Contains("fr.early-payment-discount", codes);
        Assert.Contains(snapshot.Plugins, p => p.Role == "document-rules:fr-mentions" && p.PluginId == FrenchPack.PluginId);
    }

    [Fact]
    public async Task IncompleteInvoice_IsRefusedWithEveryMissingMention_AndNoNumberIsTaken()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app, c => c with { ShareCapital = null, RcsCity = null });
        await app.CustomerAsync(change: c => c with { Siren = null });
        var draft = await app.DraftAsync();

        var refused = await app.TryIssueAsync(draft.Id);

        Assert.False(refused.Succeeded);
        var codes = refused.Problems.Select(p => p.Code).ToList();
        Assert.Contains("fr.mention.seller-share-capital", codes);
        Assert.Contains("fr.mention.seller-rcs", codes);
        Assert.Contains("fr.mention.buyer-siren", codes);
        var stored = (await app.Get<DocumentService>().FindAsync("acme", draft.Id.ToString(), default)).GetValueOrThrow();
        Assert.Equal(DocumentStatus.Draft, stored.Status);
        Assert.Null(stored.Number);
    }

    [Fact]
    public async Task RegimeAndMentionProblems_AreListedTogether()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app, c => c with { ShareCapital = null });
        // A Belgian business without its VAT number: the regime cannot decide, the mentions still report the capital.
        await app.CustomerAsync(change: c => c with
        {
            Siren = null,
            BillingAddress = new Address { Line1 = "Rue Neuve 1", PostCode = "1000", City = "Bruxelles", Country = "BE" },
        });
        var refused = await app.TryIssueAsync((await app.DraftAsync()).Id);

        var codes = refused.Problems.Select(p => p.Code).ToList();
        Assert.Contains("fr-vat.buyer-vat-number-required", codes);
        Assert.Contains("fr.mention.seller-share-capital", codes);
        // The regime's problems come first, then the rule sets', in the order they answered.
        Assert.True(codes.IndexOf("fr-vat.buyer-vat-number-required") < codes.IndexOf("fr.mention.seller-share-capital"), string.Join(", ", codes));
    }

    [Fact]
    public async Task BelgianBusinessAndFrenchConsumer_AreInvoicedWithoutSiren()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync(code: "BE1", change: c => FrenchPack.BelgianBusiness(c) with
        {
            // EN 16931 BR-IC-12: an intra-EU supply of goods states where the goods go.
            DeliveryAddress = new Address { Line1 = "Rue Neuve 1", PostCode = "1000", City = "Bruxelles", Country = "BE" },
        });
        await app.CustomerAsync(code: "P1", change: c => c with { Kind = CustomerKind.Consumer, Name = "Jeanne Petit", Siren = null });
        var belgian = (await app.Get<DocumentService>().CreateDraftAsync("acme",
            new DraftInput { CustomerCode = "BE1", DeliveryDate = new DateOnly(2026, 3, 9) }, default)).GetValueOrThrow();
        await app.Get<DocumentService>().AddLineAsync(belgian.Id,
            new LineInput { Description = "Machine", Quantity = 1m, UnitPrice = 1000m, Nature = LineNature.Goods }, default);

        var toBelgium = await app.IssueAsync(belgian.Id);
        var toConsumer = await app.IssueAsync((await app.DraftAsync(customer: "P1")).Id);

        Assert.Equal(VatCategory.IntraCommunitySupply, toBelgium.Snapshot.Lines[0].Tax.Category);
        Assert.Contains(toBelgium.Snapshot.Mentions, m => m.Text == "Exonération de TVA, article 262 ter I du CGI");
        Assert.Equal(0m, toBelgium.Snapshot.Totals.TaxTotal.Amount);
        Assert.Equal(VatCategory.StandardRate, toConsumer.Snapshot.Lines[0].Tax.Category);
        // The 40 EUR indemnity is for business customers; a consumer's invoice states it does not apply (BR-FR-05 PMT).
        Assert.DoesNotContain(toConsumer.Snapshot.Mentions, m => m.Text.Contains("40 €", StringComparison.Ordinal));
        Assert.Contains(toConsumer.Snapshot.Mentions, m => m.SubjectCode == "PMT" && m.Text.Contains("non applicable", StringComparison.Ordinal));
        Assert.Equal(["F2026-00001", "F2026-00002"], new[] { toBelgium.Number, toConsumer.Number });
    }

    [Fact]
    public async Task CreditNote_IsNumberedInItsOwnSeries_AndReferencesTheInvoice()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var invoice = await app.IssueAsync((await app.DraftAsync()).Id);
        var creditDraft = (await app.Get<CreditNoteService>().CreateAsync("acme", invoice.Number, full: true, default)).GetValueOrThrow();

        var credit = await app.IssueAsync(creditDraft.Id);

        Assert.Equal("AV2026-00001", credit.Number);
        var reference = Assert.Single(credit.Snapshot.Document.PrecedingDocuments);
        Assert.Equal((invoice.Number, invoice.Snapshot.Document.IssueDate), (reference.Number, reference.IssueDate));
    }

    [Fact]
    public async Task CompanyNamingUnknownDocumentRules_IsRefused()
    {
        await using var app = await TestApp.StartAsync();
        var outcome = await app.Get<Facturation.Application.Companies.CompanyService>().CreateAsync(
            FrenchPack.Enable(new Facturation.Application.Companies.CompanyInput
            {
                Code = "x", LegalName = "X", Address = new Address { Line1 = "1 rue A", PostCode = "75001", City = "Paris", Country = "FR" },
            }) with { DocumentRulesIds = ["de-pflichtangaben"] }, default);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(("plugin.document-rules-missing", "DocumentRulesIds"), (problem.Code, problem.Field));
    }
}
