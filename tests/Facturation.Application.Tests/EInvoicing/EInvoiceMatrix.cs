using Facturation.Application.Documents;
using Facturation.Application.Tests.France;
using Facturation.Domain.Parties;
using Facturation.Sdk.Documents;

namespace Facturation.Application.Tests.EInvoicing;

/// <summary>
/// The document matrix of the e-invoice tests, issued once through the application with the France pack (fr-vat,
/// fr-numbering, fr-mentions) as a user would: domestic 20 %, mixed rates with allowances and charges, franchise en
/// base, reverse charge (construction subcontracting), intra-EU goods, export, zero-rated goods, a USD invoice, a
/// consumer's invoice, a subscription invoiced for a period (BG-14), a 300-line invoice, a credit note, a deposit invoice
/// and the final invoice deducting it; plus a sent quote, which is not an invoice.
/// </summary>
public sealed class EInvoiceMatrix : IAsyncLifetime
{
    public const string Company = "acme";
    public const string FranchiseCompany = "micro";
    public const string AssociationCompany = "asso";

    /// <summary>Case names, in the order of the theories.</summary>
    public static readonly string[] CaseNames =
    [
        "domestic", "mixed-rates", "franchise", "reverse-charge", "intra-eu-goods", "export", "zero-rated", "foreign-currency",
        "consumer", "period", "lines-300", "credit-note", "deposit", "final-after-deposit", "outside-scope",
    ];

    /// <summary>The cases issued with the France pack (all but the association's, on the country-neutral regime).</summary>
    public static readonly string[] FrancePackCaseNames = [.. CaseNames.Where(name => name != "outside-scope")];

    /// <summary>The cases between a French seller and a French business buyer: the documents the French reform's
    /// BR-FR rules (Flux 2) govern. Cross-border and consumer sales are reported (e-reporting), not exchanged.</summary>
    public static readonly string[] FrenchBusinessCaseNames =
    [
        "domestic", "mixed-rates", "franchise", "reverse-charge", "zero-rated", "foreign-currency", "period", "lines-300", "credit-note",
        "deposit", "final-after-deposit",
    ];

    private readonly Dictionary<string, IssuedCase> _cases = new(StringComparer.Ordinal);
    private TestApp? _app;

    public TestApp App => _app ?? throw new InvalidOperationException("The matrix is not started.");

    /// <summary>A quote sent to the customer (numbered, not an invoice).</summary>
    public string QuoteNumber { get; private set; } = "";

    public IssuedCase this[string name] => _cases[name];

    public static TheoryData<string, string> CasesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in CaseNames)
        {
            data.Add(name, "cii");
            data.Add(name, "ubl");
        }
        return data;
    }

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        await FrenchPack.CompanyAsync(App);
        await App.CustomerAsync();
        await App.CustomerAsync(code: "BTP", change: c => c with { Name = "Bâtiment Général SA", VatNumber = "FR96552100554" });
        await App.CustomerAsync(code: "BE1", change: c => c with
        {
            Name = "Brasserie Bruxelloise SPRL",
            Siren = null,
            VatNumber = "BE0477472701",
            BillingAddress = new Address { Line1 = "Rue Neuve 1", PostCode = "1000", City = "Bruxelles", Country = "BE" },
            DeliveryAddress = new Address { Line1 = "Quai des Usines 12", PostCode = "1000", City = "Bruxelles", Country = "BE" },
        });
        await App.CustomerAsync(code: "US1", change: c => c with
        {
            Name = "Hudson Trading Inc.",
            Siren = null,
            BillingAddress = new Address { Line1 = "350 Fifth Avenue", PostCode = "10118", City = "New York", Country = "US" },
        });
        await App.CompanyAsync(FranchiseCompany, c => FrenchPack.Enable(c) with
        {
            LegalName = "Marie Lenoir EI",
            LegalForm = "EI",
            ShareCapital = null,
            Siren = "443061841",
            Siret = "44306184100013",
            VatNumber = "FR64443061841",
            PluginSettings = new(StringComparer.Ordinal)
            {
                [FrenchPack.PluginId] = new(StringComparer.Ordinal) { ["vat.franchise-en-base"] = "true" },
            },
        });
        await App.CustomerAsync(company: FranchiseCompany);
        await App.CustomerAsync(code: "P1", change: c => c with { Kind = CustomerKind.Consumer, Name = "Jeanne Petit", Siren = null, Email = null });
        // Category O: a non-profit association outside the scope of VAT (no VAT number, EN 16931 BR-O-02) on the
        // country-neutral regime, invoicing a member's yearly fee.
        await App.CompanyAsync(AssociationCompany, c => c with
        {
            LegalName = "Association Les Amis du Livre",
            LegalForm = "Association loi 1901",
            ShareCapital = null,
            Siren = "784000002",
            Siret = null,
            RcsCity = null,
            VatNumber = null,
        });
        await App.CustomerAsync(company: AssociationCompany, code: "M1", change: c => c with { Kind = CustomerKind.Consumer, Name = "Paul Dubois", Siren = null, Email = null });

        await IssueAsync("domestic", Company, new DraftInput { CustomerCode = "C001", PurchaseOrderReference = "PO-7781" },
            Service("Conseil en organisation", 2m, 100m, "standard"));
        await IssueMixedRatesAsync();
        await IssueAsync("franchise", FranchiseCompany, new DraftInput { CustomerCode = "C001" }, Service("Cours de piano", 4m, 35m, "standard"));
        await IssueAsync("reverse-charge", Company, new DraftInput { CustomerCode = "BTP", DeliveryDate = new DateOnly(2026, 3, 6) },
            Service("Pose de cloisons (sous-traitance)", 12m, 48.5m, "construction-subcontracting"));
        await IssueAsync("intra-eu-goods", Company, new DraftInput { CustomerCode = "BE1", DeliveryDate = new DateOnly(2026, 3, 9) },
            Goods("Machine à café professionnelle", 2m, 1450m, "standard"));
        await IssueAsync("export", Company, new DraftInput { CustomerCode = "US1", DeliveryDate = new DateOnly(2026, 3, 9) },
            Goods("Pièces détachées", 30m, 12.75m, "standard"));
        await IssueAsync("zero-rated", Company, new DraftInput { CustomerCode = "C001" }, Goods("Lingot d'or d'investissement", 1m, 1800m, "zero"));
        await IssueAsync("consumer", Company, new DraftInput { CustomerCode = "P1" }, Service("Réparation à domicile", 1.5m, 60m, "intermediate"));
        await IssueAsync("period", Company,
            new DraftInput { CustomerCode = "C001", InvoicingPeriodStart = new DateOnly(2026, 2, 1), InvoicingPeriodEnd = new DateOnly(2026, 2, 28) },
            Service("Abonnement logiciel, février", 1m, 49m, "standard"));
        await IssueAsync("lines-300", Company, new DraftInput { CustomerCode = "C001" }, ThreeHundredLines());
        await IssueAsync("foreign-currency", Company,
            new DraftInput { CustomerCode = "C001", Currency = "USD", ExchangeRate = 0.9215m, ExchangeRateDate = new DateOnly(2026, 3, 9), ExchangeRateSource = "BCE" },
            Service("Audit", 3m, 333.33m, "standard"), Goods("Guide", 2m, 19.99m, "reduced"));
        await IssueCreditNoteAsync();
        await IssueDepositAndFinalAsync();
        await IssueAsync("outside-scope", AssociationCompany, new DraftInput { CustomerCode = "M1" }, Service("Cotisation annuelle de membre", 1m, 45m, "outside-scope"));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task IssueMixedRatesAsync()
    {
        // No line discount: the snapshot of a discounted line has no discount reason, which EN 16931 BR-42 requires.
        var documents = App.Get<DocumentService>();
        var draft = await DraftAsync(Company, new DraftInput { CustomerCode = "C001" },
            Service("Conseil", 3m, 120m, "standard"),
            Goods("Livre technique", 4m, 24.9m, "reduced"),
            Service("Transport de personnes", 1m, 250m, "intermediate"),
            Goods("Cartouches", 5m, 8.4567m, "standard"));
        (await documents.AddAllowanceChargeAsync(draft, new AllowanceChargeInput { Percentage = 5m, Reason = "Remise fidélité" }, default)).GetValueOrThrow();
        (await documents.AddAllowanceChargeAsync(draft, new AllowanceChargeInput { IsCharge = true, Amount = 30m, TaxClass = "standard", Reason = "Frais de port" }, default)).GetValueOrThrow();
        await KeepAsync("mixed-rates", Company, draft);
    }

    private async Task IssueCreditNoteAsync()
    {
        var invoice = await App.IssueAsync(await DraftAsync(Company, new DraftInput { CustomerCode = "C001" },
            Service("Maintenance annuelle", 1m, 900m, "standard"), Goods("Manuel", 1m, 30m, "reduced")));
        var credit = (await App.Get<CreditNoteService>().CreateAsync(Company, invoice.Number, full: true, default)).GetValueOrThrow();
        await KeepAsync("credit-note", Company, credit.Id);
    }

    private async Task IssueDepositAndFinalAsync()
    {
        var quote = await App.IssueAsync(await DraftAsync(Company, new DraftInput { Type = DocumentType.Quote, CustomerCode = "C001" },
            Service("Rénovation de la cuisine", 1m, 4800m, "intermediate"), Goods("Plan de travail", 1m, 1200m, "standard")));
        QuoteNumber = quote.Number;
        var quotes = App.Get<QuoteService>();
        (await quotes.DecideAsync(Company, quote.Number, Facturation.Domain.Lifecycle.DocumentAction.Accept, default)).GetValueOrThrow();
        var deposit = (await App.Get<DepositService>().CreateAsync(Company, quote.Number, 30m, default)).GetValueOrThrow();
        await KeepAsync("deposit", Company, deposit.Id);
        var final = (await quotes.ConvertAsync(Company, quote.Number, default)).GetValueOrThrow();
        await KeepAsync("final-after-deposit", Company, final.Id);
    }

    private async Task IssueAsync(string name, string company, DraftInput header, params LineInput[] lines) =>
        await KeepAsync(name, company, await DraftAsync(company, header, lines));

    private async Task<Guid> DraftAsync(string company, DraftInput header, params LineInput[] lines)
    {
        var documents = App.Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync(company, header, default)).GetValueOrThrow();
        foreach (var line in lines)
            (await documents.AddLineAsync(draft.Id, line, default)).GetValueOrThrow();
        return draft.Id;
    }

    private async Task KeepAsync(string name, string company, Guid draftId)
    {
        var issued = await App.TryIssueAsync(draftId);
        if (!issued.Succeeded)
            throw new InvalidOperationException($"Case '{name}' was not issued: {string.Join("; ", issued.Problems)}");
        _cases[name] = new IssuedCase(name, company, issued.Value!.Number, issued.Value.Snapshot);
    }

    /// <summary>Long enough to print over several pages; mixed rates and quantities.</summary>
    private static LineInput[] ThreeHundredLines() => Enumerable.Range(1, 300).Select(i => new LineInput
    {
        Description = $"Article numéro {i}", Quantity = 1m + (i % 3), UnitPrice = 2.5m + (i % 7), UnitCode = "C62",
        Nature = LineNature.Goods, TaxClass = i % 4 == 0 ? "reduced" : "standard",
    }).ToArray();

    private static LineInput Service(string description, decimal quantity, decimal price, string taxClass) =>
        new() { Description = description, Quantity = quantity, UnitPrice = price, UnitCode = "HUR", Nature = LineNature.Service, TaxClass = taxClass };

    private static LineInput Goods(string description, decimal quantity, decimal price, string taxClass) =>
        new() { Description = description, Quantity = quantity, UnitPrice = price, UnitCode = "C62", Nature = LineNature.Goods, TaxClass = taxClass };
}
