using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.EInvoicing.Fixtures;

/// <summary>
/// Issued documents covering the e-invoicing cases, each internally consistent under EN 16931 (amounts computed by
/// <see cref="SnapshotPricing"/>, never typed by hand).
/// </summary>
internal static class EInvoiceSnapshots
{
    private static readonly UnitCode Day = new("DAY");

    /// <summary>Invoice to a French business at 20 %, goods and services (M1), BT-10, BT-13, RF reference.</summary>
    public static DocumentSnapshot DomesticStandard => SnapshotPricing.Price(
        Invoice("F-2026-0101", new DateOnly(2026, 11, 2), FixtureParties.FrenchBuyer,
            new DocumentLine("1", "Développement application de caisse", 12.5m, UnitCode.Hour, 85m, LineNature.Service, TaxClass.Standard)
            {
                ItemCode = "DEV-H",
                Note = "Sprint 3 : encaissement et tickets",
            },
            new DocumentLine("2", "Tablette de caisse 10 pouces", 2m, UnitCode.One, 329.9m, LineNature.Goods, TaxClass.Standard)
            {
                ItemCode = "TAB-10",
                DeliveryDate = new DateOnly(2026, 10, 28),
            }) with
        {
            BuyerReference = "DURAND-ACHATS",
            PurchaseOrderReference = "BC-2026-118",
            Notes = [new DocumentNote("Merci pour votre confiance.", "AAI")],
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 2), "Paiement à 30 jours par virement") { CreditorReference = "RF28F20260101" },
        },
        FixtureTaxes.French, FixtureTaxes.BusinessPaymentMentions);

    /// <summary>20 %, 5.5 % and 10 % lines, a line discount, a document allowance (20 %) and a charge (10 %).</summary>
    public static DocumentSnapshot MixedRatesWithAllowancesAndCharges
    {
        get
        {
            var apron = new DocumentLine("1", "Tablier brodé au logo", 6m, UnitCode.One, 22.5m, LineNature.Goods, TaxClass.Standard)
            {
                ItemCode = "TAB-LOGO",
                Discount = 13.5m,
                DiscountReason = "Remise quantité",
            };
            var flour = new DocumentLine("2", "Farine de blé T65 bio, sac 25 kg", 12m, UnitCode.One, 18.45m, LineNature.Goods, TaxClass.Reduced)
            {
                Discount = 11.07m,
                DiscountReason = "Remise quantité",
            };
            var jam = new DocumentLine("3", "Confiture artisanale abricot 370 g", 24m, UnitCode.One, 3.85m, LineNature.Goods, TaxClass.Reduced);
            var meals = new DocumentLine("4", "Plateaux-repas livrés", 15m, UnitCode.One, 14.9m, LineNature.Goods, TaxClass.Intermediate);
            var loyaltyBase = SnapshotPricing.LineNet(apron);
            var allowance = new DocumentAllowanceCharge(false, SnapshotPricing.Round(loyaltyBase * 5m / 100m), TaxClass.Standard, "Remise fidélité")
            {
                ReasonCode = "95",
                BaseAmount = loyaltyBase,
                Percentage = 5m,
            };
            var delivery = new DocumentAllowanceCharge(true, 25m, TaxClass.Intermediate, "Frais de livraison") { ReasonCode = "FC" };
            var document = Invoice("F-2026-0102", new DateOnly(2026, 11, 3), FixtureParties.FrenchBuyer, apron, flour, jam, meals) with
            {
                AllowancesCharges = [allowance, delivery],
                PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 3), "Paiement à 30 jours") { CreditorReference = "RF98F20260102" },
            };
            return SnapshotPricing.Price(document, FixtureTaxes.French, FixtureTaxes.BusinessPaymentMentions);
        }
    }

    /// <summary>Sole trader under the VAT franchise: category E, VATEX-FR-FRANCHISE, the art. 293 B mention.</summary>
    public static DocumentSnapshot Franchise => SnapshotPricing.Price(
        new BusinessDocument(DocumentType.Invoice, new DateOnly(2026, 11, 4), CurrencyCode.Eur, FixtureParties.FranchiseSeller, FixtureParties.FrenchBuyer,
        [
            new DocumentLine("1", "Création d'identité visuelle", 1m, UnitCode.One, 1200m, LineNature.Service, TaxClass.Standard),
            new DocumentLine("2", "Déclinaison sur supports imprimés", 3m, UnitCode.Hour, 45m, LineNature.Service, TaxClass.Standard),
        ])
        {
            Number = "JB-2026-017",
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 11, 19), "Paiement à 15 jours"),
        },
        FixtureTaxes.Franchise,
        FixtureTaxes.With(new LegalMention("vat-franchise", "TVA non applicable, art. 293 B du CGI")));

    /// <summary>Services to a Belgian business: reverse charge (AE), both VAT numbers.</summary>
    public static DocumentSnapshot ReverseCharge => SnapshotPricing.Price(
        Invoice("F-2026-0103", new DateOnly(2026, 11, 5), FixtureParties.BelgianBuyer,
            new DocumentLine("1", "Audit de sécurité applicative", 4m, Day, 950m, LineNature.Service, TaxClass.Standard),
            new DocumentLine("2", "Rapport et restitution", 1m, UnitCode.One, 600m, LineNature.Service, TaxClass.Standard)) with
        {
            BuyerReference = "PO-VD-7781",
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 5), "Payment within 30 days") { CreditorReference = "RF71F20260103" },
        },
        FixtureTaxes.ReverseCharge,
        FixtureTaxes.With(new LegalMention("reverse-charge", "Autoliquidation") { SubjectCode = "AAI" }));

    /// <summary>Goods delivered to Belgium: intra-community supply (K), delivery date and deliver-to address.</summary>
    public static DocumentSnapshot IntraEuGoods => SnapshotPricing.Price(
        Invoice("F-2026-0104", new DateOnly(2026, 11, 6), FixtureParties.BelgianBuyer,
            new DocumentLine("1", "Tablette de caisse 10 pouces", 5m, UnitCode.One, 329.9m, LineNature.Goods, TaxClass.Standard) { ItemCode = "TAB-10" },
            new DocumentLine("2", "Imprimante de tickets thermique", 5m, UnitCode.One, 189m, LineNature.Goods, TaxClass.Standard) { ItemCode = "IMP-TH" }) with
        {
            DeliveryDate = new DateOnly(2026, 11, 5),
            DeliveryAddress = new PostalAddress(["Industrieweg 7"], "9032", "Wondelgem", new CountryCode("BE")),
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 6), "Payment within 30 days"),
        },
        FixtureTaxes.IntraCommunity,
        FixtureTaxes.With(new LegalMention("intra-community", "Exonération de TVA, article 262 ter I du CGI") { SubjectCode = "AAI" }));

    /// <summary>Goods shipped to the United States: export (G), a charge, no buyer VAT number.</summary>
    public static DocumentSnapshot Export => SnapshotPricing.Price(
        Invoice("F-2026-0105", new DateOnly(2026, 11, 9), FixtureParties.AmericanBuyer,
            new DocumentLine("1", "Tablette de caisse 10 pouces", 3m, UnitCode.One, 329.9m, LineNature.Goods, TaxClass.Standard) { ItemCode = "TAB-10" }) with
        {
            DeliveryDate = new DateOnly(2026, 11, 8),
            DeliveryAddress = FixtureParties.AmericanBuyer.Address,
            AllowancesCharges = [new DocumentAllowanceCharge(true, 120m, TaxClass.Standard, "Transport international") { ReasonCode = "FC" }],
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 9), "Payment within 30 days") { CreditorReference = "RF17F20260105" },
        },
        FixtureTaxes.Export,
        FixtureTaxes.With(new LegalMention("export", "Exonération de TVA, article 262 I du CGI") { SubjectCode = "AAI" }));

    /// <summary>Invoice in USD at 20 % with EUR as accounting currency: exchange rate and BT-111.</summary>
    public static DocumentSnapshot ForeignCurrency => SnapshotPricing.Price(
        Invoice("F-2026-0106", new DateOnly(2026, 11, 10), FixtureParties.FrenchBuyer,
            new DocumentLine("1", "Licence logicielle annuelle", 3m, UnitCode.One, 1249.99m, LineNature.Service, TaxClass.Standard),
            new DocumentLine("2", "Support premium", 7.5m, UnitCode.Hour, 120m, LineNature.Service, TaxClass.Standard)) with
        {
            Currency = new CurrencyCode("USD"),
            AccountingExchangeRate = new ExchangeRate(new CurrencyCode("USD"), CurrencyCode.Eur, 0.9237m, new DateOnly(2026, 11, 9), "BCE"),
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 10), "Paiement à 30 jours"),
        },
        FixtureTaxes.French, FixtureTaxes.BusinessPaymentMentions);

    /// <summary>Credit note (381) with positive amounts, referencing the corrected invoice (BG-3).</summary>
    public static DocumentSnapshot CreditNote => SnapshotPricing.Price(
        new BusinessDocument(DocumentType.CreditNote, new DateOnly(2026, 11, 12), CurrencyCode.Eur, FixtureParties.Seller, FixtureParties.FrenchBuyer,
        [
            new DocumentLine("1", "Heures de développement non réalisées", 2m, UnitCode.Hour, 85m, LineNature.Service, TaxClass.Standard),
        ])
        {
            Number = "A-2026-0007",
            BuyerReference = "DURAND-ACHATS",
            PrecedingDocuments = [new DocumentReference("F-2026-0101", new DateOnly(2026, 11, 2), DocumentType.Invoice)],
            PaymentTerms = new PaymentTerms(null, "Remboursement par virement sous 15 jours"),
        },
        FixtureTaxes.French, []);

    /// <summary>Deposit invoice (386) for 30 % of a services project, VAT due on payment.</summary>
    public static DocumentSnapshot DepositInvoice => SnapshotPricing.Price(
        new BusinessDocument(DocumentType.DepositInvoice, new DateOnly(2026, 10, 1), CurrencyCode.Eur, FixtureParties.Seller, FixtureParties.FrenchBuyer,
        [
            new DocumentLine("1", "Acompte de 30 % sur la refonte du site e-commerce", 1m, UnitCode.One, ProjectPrice * 0.3m, LineNature.Service, TaxClass.Standard),
        ])
        {
            Number = DepositNumber,
            PaymentTerms = new PaymentTerms(new DateOnly(2026, 10, 15), "Paiement à réception") { CreditorReference = "RF96F20260041" },
        },
        FixtureTaxes.FrenchOnPayment, FixtureTaxes.BusinessPaymentMentions);

    /// <summary>Final invoice deducting the deposit: a negative-price line, BG-3 to the deposit invoice, S4.</summary>
    public static DocumentSnapshot FinalInvoiceAfterDeposit
    {
        get
        {
            var deposit = DepositInvoice;
            var deducted = deposit.Lines[0].Line.UnitPrice;
            var document = Invoice("F-2026-0120", new DateOnly(2026, 11, 20), FixtureParties.FrenchBuyer,
                new DocumentLine("1", "Refonte du site e-commerce", 1m, UnitCode.One, ProjectPrice, LineNature.Service, TaxClass.Standard),
                new DocumentLine("2", $"Déduction de l'acompte {DepositNumber}", 1m, UnitCode.One, -deducted, LineNature.Service, TaxClass.Standard)) with
            {
                PrecedingDocuments = [new DocumentReference(DepositNumber, deposit.Document.IssueDate, DocumentType.DepositInvoice)],
                PaymentTerms = new PaymentTerms(new DateOnly(2026, 12, 20), "Paiement à 30 jours") { CreditorReference = "RF97F20260120" },
            };
            return SnapshotPricing.Price(document, FixtureTaxes.FrenchOnPayment, FixtureTaxes.BusinessPaymentMentions);
        }
    }

    /// <summary>Every fixture with its name, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string, DocumentSnapshot> All => new()
    {
        { nameof(DomesticStandard), DomesticStandard },
        { nameof(MixedRatesWithAllowancesAndCharges), MixedRatesWithAllowancesAndCharges },
        { nameof(Franchise), Franchise },
        { nameof(ReverseCharge), ReverseCharge },
        { nameof(IntraEuGoods), IntraEuGoods },
        { nameof(Export), Export },
        { nameof(ForeignCurrency), ForeignCurrency },
        { nameof(CreditNote), CreditNote },
        { nameof(DepositInvoice), DepositInvoice },
        { nameof(FinalInvoiceAfterDeposit), FinalInvoiceAfterDeposit },
    };

    private const string DepositNumber = "F-2026-0041";
    private const decimal ProjectPrice = 4500m;

    private static BusinessDocument Invoice(string number, DateOnly issueDate, Party buyer, params DocumentLine[] lines) =>
        new(DocumentType.Invoice, issueDate, CurrencyCode.Eur, FixtureParties.Seller, buyer, lines) { Number = number };
}
