using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Facturation.Sdk.Settings;
using Facturation.Sdk.Taxes;

namespace Facturation.Plugins.France.Taxes;

/// <summary>
/// Decides the treatment of one line from its class and nature, the buyer's territory and kind, and the
/// company's settings. Problems go to the shared list; a line that cannot be decided gets <see langword="null"/>.
/// </summary>
internal sealed class FrenchVatDecider
{
    private const string ReverseChargeRule = "BR-AE-02";
    private const string IntraCommunitySupplyRule = "BR-IC-02";
    private const string ExportRule = "BR-G-02";

    private readonly BusinessDocument _document;
    private readonly List<Problem> _problems;
    private readonly VatRequirements _requires;
    private readonly bool _franchise;
    private readonly VatTreatment _exempt;

    public FrenchVatDecider(BusinessDocument document, SettingValues settings, List<Problem> problems)
    {
        _document = document;
        _problems = problems;
        _requires = new VatRequirements(document, problems);
        _franchise = settings.GetBoolean(TaxSettings.FranchiseEnBase) == true;
        OptionDebits = settings.GetBoolean(TaxSettings.VatOnDebits) == true;
        _exempt = FrenchVatTreatments.Exempt(
            settings.GetText(TaxSettings.ExemptionReason) is { Length: > 0 } reason ? reason : TaxSettings.DefaultExemptionReason,
            settings.GetText(TaxSettings.ExemptionCode) is { Length: > 0 } code ? code : null);
        BuyerTerritory = EuMemberStates.TerritoryOf(document.Buyer.Address.Country);
    }

    /// <summary>Where the buyer is.</summary>
    public VatTerritory BuyerTerritory { get; }

    /// <summary>Whether the seller opted to pay VAT on services on invoicing (art. 269-2 c du CGI).</summary>
    public bool OptionDebits { get; }

    /// <summary>Date whose rates apply to allowances and charges: the document's delivery date, else its issue date.</summary>
    public DateOnly DocumentRateDate => _document.DeliveryDate ?? _document.IssueDate;

    /// <summary>Decides the line at <paramref name="index"/>.</summary>
    public VatTreatment? DecideLine(DocumentLine line, int index)
    {
        var field = $"Lines[{index}].TaxClass";
        if (!IsFrenchClass(line.TaxClass, field))
            return null;
        // Exemptions by nature (art. 261 du CGI) and the franchise apply whoever the customer is.
        if (_franchise || line.TaxClass == TaxClass.Exempt || BuyerTerritory == VatTerritory.France)
            return DecideFrenchClass(line.TaxClass, line.Nature, RateDate(line), field);
        if (line.TaxClass == FrenchTaxClasses.ConstructionSubcontracting)
        {
            _problems.Add(FrenchVatProblems.ConstructionSubcontractingAbroad(_document.Buyer.Address.Country, field));
            return null;
        }
        return BuyerTerritory == VatTerritory.OtherMemberState ? DecideIntraEu(line, index) : DecideThirdCountry(line, field);
    }

    /// <summary>Decides <paramref name="taxClass"/> as for a buyer in France (used for allowances without lines of their class).</summary>
    public VatTreatment? DecideDomestic(TaxClass taxClass, LineNature? nature, DateOnly date, string field) =>
        IsFrenchClass(taxClass, field) ? DecideFrenchClass(taxClass, nature, date, field) : null;

    private VatTreatment? DecideFrenchClass(TaxClass taxClass, LineNature? nature, DateOnly date, string field)
    {
        if (_franchise)
            return FrenchVatTreatments.Franchise;
        if (taxClass == TaxClass.Exempt)
            return _exempt;
        if (taxClass == TaxClass.Zero)
            return FrenchVatTreatments.ZeroRated;
        if (taxClass == FrenchTaxClasses.ConstructionSubcontracting)
        {
            // Art. 283-2 nonies du CGI: the contractor who orders the work pays the VAT; both VAT numbers are shown.
            _requires.BusinessBuyer();
            _requires.BuyerVatNumber(ReverseChargeRule);
            _requires.SellerVatNumber(ReverseChargeRule);
            return FrenchVatTreatments.ReverseCharge;
        }
        if (FrenchVatRates.RateOn(taxClass, date) is not { } rate)
        {
            _problems.Add(FrenchVatProblems.NoRateAtDate(taxClass, date, field));
            return null;
        }
        // Art. 269-2 du CGI: VAT on goods is due on delivery (recorded as on invoicing); on services, on payment unless
        // the seller opted for debits.
        var onPayment = nature == LineNature.Service && !OptionDebits;
        return FrenchVatTreatments.Taxed(rate, onPayment ? TaxPoint.OnPayment : TaxPoint.OnInvoicing);
    }

    private VatTreatment? DecideIntraEu(DocumentLine line, int index)
    {
        if (_document.Buyer.Kind == PartyKind.Business)
        {
            // Art. 259-1 du CGI: B2B services are supplied where the customer is established; it self-assesses.
            var rule = line.Nature == LineNature.Service ? ReverseChargeRule : IntraCommunitySupplyRule;
            _requires.SellerVatNumber(rule);
            _requires.BuyerVatNumber(rule);
            if (line.Nature == LineNature.Service)
                return FrenchVatTreatments.ReverseCharge;
            _requires.DeliveryDate(line);
            _requires.DeliverToOtherMemberState();
            return FrenchVatTreatments.IntraCommunitySupply;
        }
        if (line.Nature == LineNature.Goods)
        {
            _problems.Add(FrenchVatProblems.OssNotSupported(_document.Buyer.Address.Country, $"Lines[{index}].Nature"));
            return null;
        }
        // Art. 259 B du CGI general rule: B2C services are taxed in France. Electronic, telecom and broadcasting
        // services to EU consumers would be taxed in the customer's state (OSS); they are not told apart here.
        return DecideFrenchClass(line.TaxClass, line.Nature, RateDate(line), $"Lines[{index}].TaxClass");
    }

    private VatTreatment? DecideThirdCountry(DocumentLine line, string field)
    {
        if (line.Nature == LineNature.Goods)
        {
            _requires.SellerVatNumber(ExportRule);
            return FrenchVatTreatments.ExportOfGoods;
        }
        if (_document.Buyer.Kind == PartyKind.Business)
        {
            _requires.SellerVatNumber(ExportRule);
            return FrenchVatTreatments.ServicesToNonEuBusiness;
        }
        // Services to non-taxable customers outside the EU (consumers, public bodies): French VAT (art. 259 B du CGI).
        return DecideFrenchClass(line.TaxClass, line.Nature, RateDate(line), field);
    }

    private bool IsFrenchClass(TaxClass taxClass, string field)
    {
        if (FrenchTaxClasses.Known.Contains(taxClass))
            return true;
        _problems.Add(FrenchVatProblems.UnknownTaxClass(taxClass, field));
        return false;
    }

    private DateOnly RateDate(DocumentLine line) => line.DeliveryDate ?? DocumentRateDate;
}
