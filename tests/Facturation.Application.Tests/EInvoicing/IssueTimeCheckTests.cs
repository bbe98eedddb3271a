using System.Text;
using Facturation.Application.Companies;
using Facturation.Application.Documents;
using Facturation.Application.EInvoicing;
using Facturation.Application.Tests.France;
using Facturation.Domain.Parties;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// Issuing is final, so what the e-invoice exports would refuse is refused at issue: the EN 16931 rules of the loaded
/// e-invoicing plugin run on the priced document before a number is taken, every broken rule is listed with its code,
/// and nothing is numbered. Once the data is fixed the same draft is issued with the first number and exports.
/// </summary>
public sealed class IssueTimeCheckTests
{
    [Fact]
    public async Task FranchiseSellerWithoutVatNumberNorTaxRegistration_IsRefusedAtIssue_WithBrE02_NothingNumbered()
    {
        await using var app = await TestApp.StartAsync();
        await FranchiseCompanyAsync(app, taxRegistration: null);
        await app.CustomerAsync(company: "micro");
        var draft = await app.DraftAsync(company: "micro");

        var refused = await app.TryIssueAsync(draft.Id);

        Assert.False(refused.Succeeded);
        var problem = Assert.Single(refused.Problems, p => p.Code == "BR-E-02");
        Assert.Equal("Seller.VatNumber", problem.Field);
        Assert.Contains("Seller tax registration identifier (BT-32)", problem.Message, StringComparison.Ordinal);
        Assert.All(refused.Problems, p => Assert.StartsWith("BR-", p.Code, StringComparison.Ordinal));
        Assert.All(refused.Problems, p => Assert.Equal(p.Code, p.RuleId));
        await AssertNothingIssuedAsync(app);
    }

    [Fact]
    public async Task FranchiseSellerWithTaxRegistration_IsIssued_AndExportsItInCiiAndUbl()
    {
        await using var app = await TestApp.StartAsync();
        await FranchiseCompanyAsync(app, taxRegistration: null);
        await app.CustomerAsync(company: "micro");
        var draft = await app.DraftAsync(company: "micro");
        Assert.False((await app.TryIssueAsync(draft.Id)).Succeeded);
        var companies = app.Get<CompanyService>();
        var company = (await companies.GetAsync("micro", default)).GetValueOrThrow();
        (await companies.UpdateAsync("micro", Input(company) with { TaxRegistrationId = "4430618410042" }, default)).GetValueOrThrow();

        var issued = await app.IssueAsync(draft.Id);

        // The refusal consumed no number.
        Assert.Equal("F2026-00001", issued.Number);
        Assert.Equal([VatCategory.Exempt], issued.Snapshot.TaxBreakdown.Select(b => b.Category));
        Assert.Equal("4430618410042", issued.Snapshot.Document.Seller.TaxRegistrationId);
        var service = app.Get<EInvoiceService>();
        var cii = (await service.ExportAsync("micro", issued.Number, "cii", null, default)).GetValueOrThrow();
        var ubl = (await service.ExportAsync("micro", issued.Number, "ubl", null, default)).GetValueOrThrow();
        Assert.Contains("<ram:ID schemeID=\"FC\">4430618410042</ram:ID>", Encoding.UTF8.GetString(cii.Content), StringComparison.Ordinal);
        Assert.Contains("<cbc:CompanyID>4430618410042</cbc:CompanyID>", Encoding.UTF8.GetString(ubl.Content), StringComparison.Ordinal);
        Assert.Equal("4430618410042", service.Read(ubl.Content, ubl.FileName).GetValueOrThrow().Snapshot.Document.Seller.TaxRegistrationId);
    }

    [Fact]
    public async Task IntraEuGoodsWithoutDeliverToCountry_IsRefusedAtIssue_WithBrIc12_ThenIssuedWithADeliveryAddress()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync(code: "BE1", change: FrenchPack.BelgianBusiness);
        var draft = await app.DraftAsync(customer: "BE1",
            lines: [new LineInput { Description = "Machine", Quantity = 1m, UnitPrice = 1000m, UnitCode = "C62", Nature = LineNature.Goods }]);

        var refused = await app.TryIssueAsync(draft.Id);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("BR-IC-12", "BR-IC-12", "DeliveryAddress.Country"), (problem.Code, problem.RuleId, problem.Field));
        await AssertNothingIssuedAsync(app);

        var customers = app.Get<Facturation.Application.Customers.CustomerService>();
        var customer = (await customers.ListAsync("acme", includeArchived: false, default)).Single(c => c.Code == "BE1");
        (await customers.UpdateAsync("acme", "BE1", CustomerInput(customer) with
        {
            DeliveryAddress = new Address { Line1 = "Quai des Usines 12", PostCode = "1000", City = "Bruxelles", Country = "BE" },
        }, default)).GetValueOrThrow();
        var issued = await app.IssueAsync(draft.Id);

        Assert.Equal("F2026-00001", issued.Number);
        Assert.Equal([VatCategory.IntraCommunitySupply], issued.Snapshot.TaxBreakdown.Select(b => b.Category));
        foreach (var format in new[] { "cii", "ubl" })
            Assert.True((await app.Get<EInvoiceService>().ExportAsync("acme", issued.Number, format, null, default)).Succeeded, format);
    }

    [Fact]
    public async Task WithoutTheEInvoicingPlugin_NoEInvoiceCheckRuns()
    {
        // "Has an e-invoice format" is "an e-invoicing plugin is loaded": disabled, its rules are not applied at issue
        // (and nothing can be exported either).
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Plugins:Disabled:0"] = "Facturation.Plugins.EInvoicing" });
        await FranchiseCompanyAsync(app, taxRegistration: null);
        await app.CustomerAsync(company: "micro");

        var issued = await app.IssueAsync((await app.DraftAsync(company: "micro")).Id);

        Assert.Equal("F2026-00001", issued.Number);
        Assert.Empty(app.Get<EInvoiceService>().Formats);
        Assert.DoesNotContain(issued.Snapshot.Plugins, p => p.PluginId == "Facturation.Plugins.EInvoicing");
    }

    [Fact]
    public async Task IssuedInvoice_RecordsTheEInvoiceCheckAndTheDeliveryDate()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();

        var issued = await app.IssueAsync((await app.DraftAsync()).Id);

        var html = await HtmlAsync(app, issued.Number);

        // No delivery date nor invoicing period given: the supply is dated the issue date (BT-72), and printed.
        Assert.Equal(issued.Snapshot.Document.IssueDate, issued.Snapshot.Document.DeliveryDate);
        Assert.Contains("<dt>Date de livraison / d'exécution</dt><dd>10 mars 2026</dd>", html, StringComparison.Ordinal);
        Assert.Null(issued.Snapshot.Document.InvoicingPeriod);
        Assert.Contains(issued.Snapshot.Plugins, p => p.PluginId == "Facturation.Plugins.EInvoicing" && p.Role == "einvoice-issue-check:en16931");
        // The electronic addresses default to the French directory (EAS 0225) with each party's SIREN.
        Assert.Equal(new ElectronicAddress("732829320", "0225"), issued.Snapshot.Document.Seller.ElectronicAddress);
        Assert.Equal(new ElectronicAddress("552100554", "0225"), issued.Snapshot.Document.Buyer.ElectronicAddress);
    }

    [Fact]
    public async Task InvoiceForAPeriod_HasNoDefaultDeliveryDate_AndExportsThePeriod()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();
        var documents = app.Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", InvoicingPeriodStart = new DateOnly(2026, 2, 1), InvoicingPeriodEnd = new DateOnly(2026, 2, 28),
        }, default)).GetValueOrThrow();
        (await documents.AddLineAsync(draft.Id, new LineInput { Description = "Abonnement février", Quantity = 1m, UnitPrice = 49m, UnitCode = "MON" }, default)).GetValueOrThrow();

        var issued = await app.IssueAsync(draft.Id);
        var html = await HtmlAsync(app, issued.Number);
        var service = app.Get<EInvoiceService>();
        var cii = (await service.ExportAsync("acme", issued.Number, "cii", null, default)).GetValueOrThrow();
        var ubl = (await service.ExportAsync("acme", issued.Number, "ubl", null, default)).GetValueOrThrow();

        Assert.Null(issued.Snapshot.Document.DeliveryDate);
        Assert.Contains("<dt>Période de facturation</dt><dd>1 février 2026 – 28 février 2026</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Date de livraison", html, StringComparison.Ordinal);
        Assert.Equal(new InvoicingPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), issued.Snapshot.Document.InvoicingPeriod);
        Assert.Contains("<ram:BillingSpecifiedPeriod>", Encoding.UTF8.GetString(cii.Content), StringComparison.Ordinal);
        Assert.Contains("<cbc:StartDate>2026-02-01</cbc:StartDate>", Encoding.UTF8.GetString(ubl.Content), StringComparison.Ordinal);
        foreach (var file in new[] { cii, ubl })
            Assert.Equal(issued.Snapshot.Document.InvoicingPeriod, service.Read(file.Content, file.FileName).GetValueOrThrow().Snapshot.Document.InvoicingPeriod);
    }

    [Fact]
    public async Task InvoicingPeriodEndingBeforeItStarts_IsRefusedOnTheDraft()
    {
        await using var app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(app);
        await app.CustomerAsync();

        var refused = await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput
        {
            CustomerCode = "C001", InvoicingPeriodStart = new DateOnly(2026, 2, 28), InvoicingPeriodEnd = new DateOnly(2026, 2, 1),
        }, default);
        var half = await app.Get<DocumentService>().CreateDraftAsync("acme", new DraftInput { CustomerCode = "C001", InvoicingPeriodStart = new DateOnly(2026, 2, 1) }, default);

        Assert.Equal(("invoicing-period.order", "InvoicingPeriodEnd"), (Assert.Single(refused.Problems).Code, refused.Problems[0].Field));
        Assert.Equal(("invoicing-period.incomplete", "InvoicingPeriodEnd"), (Assert.Single(half.Problems).Code, half.Problems[0].Field));
    }

    private static async Task<string> HtmlAsync(TestApp app, string number)
    {
        var rendered = await app.Get<Facturation.Application.Rendering.DocumentRenderService>()
            .RenderAsync(new Facturation.Application.Rendering.RenderInput("acme", number, Facturation.Application.Rendering.RenderFormat.Html), default);
        return System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(rendered.GetValueOrThrow().Content));
    }

    private static Task<Company> FranchiseCompanyAsync(TestApp app, string? taxRegistration) =>
        app.CompanyAsync("micro", c => FrenchPack.Enable(c) with
        {
            LegalName = "Marie Lenoir EI",
            LegalForm = "EI",
            ShareCapital = null,
            Siren = "443061841",
            Siret = "44306184100013",
            VatNumber = null,
            TaxRegistrationId = taxRegistration,
            PluginSettings = new(StringComparer.Ordinal)
            {
                [FrenchPack.PluginId] = new(StringComparer.Ordinal) { ["vat.franchise-en-base"] = "true" },
            },
        });

    private static async Task AssertNothingIssuedAsync(TestApp app)
    {
        await using var db = await app.DbAsync();
        Assert.Equal(0, await db.Documents.CountAsync(d => d.Number != null));
        Assert.Equal(0, await db.JournalEntries.CountAsync());
    }

    private static CompanyInput Input(Company company) => new()
    {
        Code = company.Code, LegalName = company.LegalName, LegalForm = company.LegalForm, ShareCapital = company.ShareCapital,
        Siren = company.Siren, Siret = company.Siret, RcsCity = company.RcsCity, VatNumber = company.VatNumber,
        TaxRegistrationId = company.TaxRegistrationId, Address = company.Address, Iban = company.Iban, Bic = company.Bic,
        Email = company.Email, AccountingCurrency = company.AccountingCurrency, TimeZone = company.TimeZone,
        PaymentTermsDays = company.PaymentTermsDays, TaxRegimeId = company.TaxRegimeId, NumberingSchemeId = company.NumberingSchemeId,
        DocumentRulesIds = company.DocumentRulesIds, FiscalYearEnd = company.FiscalYearEnd, PluginSettings = company.PluginSettings,
    };

    private static Facturation.Application.Customers.CustomerInput CustomerInput(Customer customer) => new()
    {
        Code = customer.Code, Kind = customer.Kind, Name = customer.Name, Siren = customer.Siren, Siret = customer.Siret,
        VatNumber = customer.VatNumber, BillingAddress = customer.BillingAddress, DeliveryAddress = customer.DeliveryAddress,
        Currency = customer.Currency, PaymentTermsDays = customer.PaymentTermsDays, Email = customer.Email,
    };
}
