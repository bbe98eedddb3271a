using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.Tests.France.Mentions;

public sealed class MissingMentionTests
{
    [Theory]
    [InlineData("Seller.Name", "fr.mention.seller-name")]
    [InlineData("Seller.Address.Lines", "fr.mention.seller-address")]
    [InlineData("Seller.Address.PostCode", "fr.mention.seller-address")]
    [InlineData("Seller.Address.City", "fr.mention.seller-address")]
    [InlineData("Seller.Address.Country", "fr.mention.seller-address")]
    [InlineData("Seller.Siren", "fr.mention.seller-siren")]
    [InlineData("Seller.LegalForm", "fr.mention.seller-legal-form")]
    [InlineData("Seller.ShareCapital", "fr.mention.seller-share-capital")]
    [InlineData("Seller.RegistrationCity", "fr.mention.seller-rcs")]
    [InlineData("Seller.VatNumber", "fr.mention.seller-vat-number")]
    [InlineData("Buyer.Name", "fr.mention.buyer-name")]
    [InlineData("Buyer.Address.Lines", "fr.mention.buyer-address")]
    [InlineData("Buyer.Address.PostCode", "fr.mention.buyer-address")]
    [InlineData("Buyer.Address.City", "fr.mention.buyer-address")]
    [InlineData("Buyer.Address.Country", "fr.mention.buyer-address")]
    [InlineData("Buyer.Siren", "fr.mention.buyer-siren")]
    [InlineData("IssueDate", "fr.mention.issue-date")]
    [InlineData("PaymentTerms.DueDate", "fr.mention.due-date")]
    public async Task Check_InvoiceMissingOneMention_IsRefusedWithItsCodeAndField(string field, string code)
    {
        var result = await SomeFrench.CheckAsync(Without(field, SomeFrench.Invoice()));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(field, problem.Field);
    }

    [Theory]
    [InlineData("mentions.late-payment-penalty", "fr.mention.late-payment-penalty")]
    [InlineData("mentions.early-payment-discount", "fr.mention.early-payment-discount")]
    public async Task Check_PaymentWordingCleared_IsRefusedNamingTheSetting(string key, string code)
    {
        var result = await SomeFrench.CheckAsync(SomeFrench.Invoice(), SomeFrench.Settings((key, "  ")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("Settings." + key, problem.Field);
        Assert.Contains(key, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SeveralMentionsMissing_ListsThemAllAtOnce()
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with
        {
            Seller = invoice.Seller with { Name = "", Identifiers = [], VatNumber = null },
            Buyer = invoice.Buyer with { Identifiers = [] },
            PaymentTerms = null,
        };

        var result = await SomeFrench.CheckAsync(document, SomeFrench.Settings(("mentions.early-payment-discount", "")));

        Assert.Equal(6, result.Problems.Count);
        Assert.Equal(
            ["fr.mention.seller-name", "fr.mention.seller-siren", "fr.mention.seller-vat-number", "fr.mention.buyer-siren", "fr.mention.due-date", "fr.mention.early-payment-discount"],
            result.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Check_EveryAddressPartMissing_ReportsEachPartOnItsField()
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with { Buyer = invoice.Buyer with { Address = new PostalAddress([], "", "", default) } };

        var result = await SomeFrench.CheckAsync(document);

        Assert.All(result.Problems, p => Assert.Equal("fr.mention.buyer-address", p.Code));
        Assert.Equal(["Buyer.Address.Lines", "Buyer.Address.PostCode", "Buyer.Address.City", "Buyer.Address.Country"], result.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("12345678", PartyIdentifier.SirenScheme)]
    [InlineData("1234567890", PartyIdentifier.SirenScheme)]
    [InlineData("12345678900", PartyIdentifier.SiretScheme)]
    [InlineData("123456789", null)]
    public async Task Check_SellerIdentifierNotAWellFormedSiren_IsRefused(string value, string? scheme)
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with { Seller = invoice.Seller with { Identifiers = [new PartyIdentifier(value, scheme)] } };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal("Seller.Siren", Assert.Single(result.Problems).Field);
    }

    [Theory]
    [InlineData("sas")]
    [InlineData("S.A.S.")]
    [InlineData("Sarl")]
    [InlineData("SELAFA")]
    [InlineData("scop")]
    public async Task Check_CompanyWithShareCapitalWithoutIt_IsRefusedWhateverTheCase(string legalForm)
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with { Seller = invoice.Seller with { LegalForm = legalForm, ShareCapital = null } };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal("fr.mention.seller-share-capital", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Check_CompanyWithoutShareCapitalRequirement_NeedsItsRcsCityOnly()
    {
        var invoice = SomeFrench.Invoice();
        var document = invoice with { Seller = invoice.Seller with { LegalForm = "SCI", ShareCapital = null, RegistrationCity = null } };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal("fr.mention.seller-rcs", Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task Check_DepositInvoiceWithoutDueDate_IsRefused()
    {
        var document = SomeFrench.Invoice() with { Type = DocumentType.DepositInvoice, PaymentTerms = new PaymentTerms(null, "À réception") };

        var result = await SomeFrench.CheckAsync(document);

        Assert.Equal("PaymentTerms.DueDate", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task Check_RegimeRefusedTheDocument_ItsProblemsAreNotRepeated()
    {
        var assessment = Outcome<TaxAssessment>.Failure("fr.vat.unsupported", "Not supported.", "Lines[0].TaxClass");

        var result = await SomeFrench.CheckAsync(SomeFrench.Invoice(), assessment);

        Assert.Empty(result.Problems);
        Assert.NotEmpty(result.GetValueOrThrow());
    }

    private static BusinessDocument Without(string field, BusinessDocument d) => field switch
    {
        "Seller.Name" => d with { Seller = d.Seller with { Name = " " } },
        "Seller.Address.Lines" => d with { Seller = d.Seller with { Address = d.Seller.Address with { Lines = ["", " "] } } },
        "Seller.Address.PostCode" => d with { Seller = d.Seller with { Address = d.Seller.Address with { PostCode = "" } } },
        "Seller.Address.City" => d with { Seller = d.Seller with { Address = d.Seller.Address with { City = " " } } },
        "Seller.Address.Country" => d with { Seller = d.Seller with { Address = d.Seller.Address with { Country = default } } },
        "Seller.Siren" => d with { Seller = d.Seller with { Identifiers = [] } },
        "Seller.LegalForm" => d with { Seller = d.Seller with { LegalForm = null } },
        "Seller.ShareCapital" => d with { Seller = d.Seller with { ShareCapital = null } },
        "Seller.RegistrationCity" => d with { Seller = d.Seller with { RegistrationCity = "" } },
        "Seller.VatNumber" => d with { Seller = d.Seller with { VatNumber = null } },
        "Buyer.Name" => d with { Buyer = d.Buyer with { Name = "" } },
        "Buyer.Address.Lines" => d with { Buyer = d.Buyer with { Address = d.Buyer.Address with { Lines = [] } } },
        "Buyer.Address.PostCode" => d with { Buyer = d.Buyer with { Address = d.Buyer.Address with { PostCode = " " } } },
        "Buyer.Address.City" => d with { Buyer = d.Buyer with { Address = d.Buyer.Address with { City = "" } } },
        "Buyer.Address.Country" => d with { Buyer = d.Buyer with { Address = d.Buyer.Address with { Country = default } } },
        "Buyer.Siren" => d with { Buyer = d.Buyer with { Identifiers = [] } },
        "IssueDate" => d with { IssueDate = default },
        "PaymentTerms.DueDate" => d with { PaymentTerms = null },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No way to remove this field."),
    };
}
