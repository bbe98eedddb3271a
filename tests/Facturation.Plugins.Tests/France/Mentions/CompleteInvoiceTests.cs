using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;

namespace Facturation.Plugins.Tests.France.Mentions;

public sealed class CompleteInvoiceTests
{
    private const string Penalty =
        "En cas de retard de paiement, des pénalités sont exigibles au taux de refinancement de la BCE majoré de 10 points (art. L441-10 du Code de commerce).";

    private const string Indemnity =
        "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. D441-5 du Code de commerce).";

    private const string NoDiscount = "Pas d'escompte pour paiement anticipé.";

    [Fact]
    public async Task Check_CompleteInvoiceToABusiness_IsAcceptedWithThePaymentMentionsInOrder()
    {
        var document = SomeFrench.Invoice(Some.Line("1", TaxClass.Standard, LineNature.Goods), Some.Line("2", TaxClass.Standard, LineNature.Service));

        var result = await SomeFrench.CheckAsync(document);

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                ("fr.nature-operation", "Nature de l'opération : livraison de biens et prestation de services", null),
                ("fr.late-payment-penalty", Penalty, "PMD"),
                ("fr.recovery-indemnity", Indemnity, "PMT"),
                ("fr.early-payment-discount", NoDiscount, (string?)"AAB"),
            ],
            result.GetValueOrThrow().Select(m => (m.Code, m.Text, m.SubjectCode)));
    }

    [Theory]
    [InlineData(LineNature.Goods, LineNature.Goods, "Nature de l'opération : livraison de biens")]
    [InlineData(LineNature.Service, LineNature.Service, "Nature de l'opération : prestation de services")]
    [InlineData(LineNature.Service, LineNature.Goods, "Nature de l'opération : livraison de biens et prestation de services")]
    public async Task Check_NatureOfTheOperation_FollowsTheLines(LineNature first, LineNature second, string expected)
    {
        var document = SomeFrench.Invoice(Some.Line("1", TaxClass.Standard, first), Some.Line("2", TaxClass.Reduced, second));

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal(expected, Assert.Single(result.GetValueOrThrow(), m => m.Code == "fr.nature-operation").Text);
    }

    [Fact]
    public async Task Check_ConfiguredWording_IsPrintedInsteadOfTheDefault()
    {
        var settings = SomeFrench.Settings(
            ("mentions.late-payment-penalty", "Pénalités de retard : 3 fois le taux d'intérêt légal."),
            ("mentions.early-payment-discount", "Escompte de 2 % pour paiement sous 8 jours."));

        var result = await SomeFrench.CheckAsync(SomeFrench.Invoice(), settings);

        Assert.Equal("Pénalités de retard : 3 fois le taux d'intérêt légal.", Assert.Single(result.GetValueOrThrow(), m => m.SubjectCode == "PMD").Text);
        Assert.Equal("Escompte de 2 % pour paiement sous 8 jours.", Assert.Single(result.GetValueOrThrow(), m => m.SubjectCode == "AAB").Text);
    }

    [Fact]
    public async Task Check_BelgianBusinessWithoutSiren_IsAccepted()
    {
        var invoice = SomeFrench.Invoice();
        var buyer = invoice.Buyer with
        {
            Address = new PostalAddress(["Rue Neuve 1"], "1000", "Bruxelles", new CountryCode("BE")),
            Identifiers = [],
            VatNumber = "BE0123456789",
        };

        var result = await SomeFrench.CheckAsync(invoice with { Buyer = buyer });

        Assert.True(result.Succeeded);
        Assert.Contains(result.GetValueOrThrow(), m => m.SubjectCode == "PMT");
    }

    [Fact]
    public async Task Check_FrenchConsumerWithoutSiren_IsAcceptedStatingThatTheBusinessOnlyTermsDoNotApply()
    {
        var invoice = SomeFrench.Invoice();
        var consumer = invoice.Buyer with { Name = "Claire Petit", Kind = PartyKind.Consumer, Identifiers = [] };

        // The business wording is not needed (its setting may be empty); the consumer's document still carries the
        // three notes BR-FR-05 requires, the penalties and the indemnity stated as not applicable.
        var result = await SomeFrench.CheckAsync(invoice with { Buyer = consumer }, SomeFrench.Settings(("mentions.late-payment-penalty", "")));

        Assert.True(result.Succeeded);
        Assert.Equal(["fr.nature-operation", "fr.late-payment-penalty", "fr.recovery-indemnity", "fr.early-payment-discount"], result.GetValueOrThrow().Select(m => m.Code));
        Assert.Equal(["PMD", "PMT", "AAB"], result.GetValueOrThrow().Where(m => m.SubjectCode is not null).Select(m => m.SubjectCode));
        Assert.All(result.GetValueOrThrow().Where(m => m.SubjectCode is "PMD" or "PMT"), m => Assert.Contains("non applicable", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_FrenchPublicBodyWithoutSiren_IsAcceptedWithTheBusinessMentions()
    {
        var invoice = SomeFrench.Invoice();
        var publicBody = invoice.Buyer with { Name = "Mairie de Lyon", Kind = PartyKind.PublicBody, Identifiers = [] };

        var result = await SomeFrench.CheckAsync(invoice with { Buyer = publicBody });

        Assert.True(result.Succeeded);
        Assert.Contains(result.GetValueOrThrow(), m => m.Code == "fr.late-payment-penalty");
        Assert.Contains(result.GetValueOrThrow(), m => m.Code == "fr.recovery-indemnity");
    }

    [Fact]
    public async Task Check_FranchiseSellerWithoutVatNumber_IsAccepted()
    {
        var invoice = SomeFrench.Invoice();

        var result = await SomeFrench.CheckAsync(invoice with { Seller = invoice.Seller with { VatNumber = null } }, SomeFrench.Settings(("vat.franchise-en-base", "true")));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Check_SellerWithSiretOnly_IsAcceptedWithTheDerivedSiren()
    {
        var invoice = SomeFrench.Invoice();
        var seller = invoice.Seller with { Identifiers = [new PartyIdentifier("123 456 789 00012", PartyIdentifier.SiretScheme)] };

        var result = await SomeFrench.CheckAsync(invoice with { Seller = seller });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Check_CompleteDepositInvoice_IsAcceptedWithThePaymentMentions()
    {
        var result = await SomeFrench.CheckAsync(SomeFrench.Invoice() with { Type = DocumentType.DepositInvoice });

        Assert.True(result.Succeeded);
        Assert.Equal(["fr.nature-operation", "fr.late-payment-penalty", "fr.recovery-indemnity", "fr.early-payment-discount"], result.GetValueOrThrow().Select(m => m.Code));
    }
}
