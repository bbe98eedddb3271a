using Facturation.Sdk.Common;
using Facturation.Sdk.Taxes;

namespace Facturation.Sdk.Tests.Taxes;

public class TaxAssessmentTests
{
    [Fact]
    public void Refused_WithProblem_DoesNotSucceedAndKeepsTheProblem()
    {
        var problem = new Problem("tax.oss-not-supported", "Distance sales under OSS are not supported.", "Buyer.Address.Country");

        var assessment = TaxAssessment.Refused(problem);

        Assert.False(assessment.Succeeded);
        Assert.Equal([problem], assessment.Problems);
    }

    [Fact]
    public void Refused_HasNoDecisionsNorMentions()
    {
        var assessment = TaxAssessment.Refused(new Problem("tax.unsupported", "Unsupported."), new Problem("tax.other", "Other."));

        Assert.Empty(assessment.Lines);
        Assert.Empty(assessment.AllowancesCharges);
        Assert.Empty(assessment.Mentions);
        Assert.Equal(2, assessment.Problems.Count);
    }

    [Fact]
    public void Succeeded_WithDecisionsAndNoProblems_IsTrue()
    {
        var assessment = new TaxAssessment(
            [new LineTaxDecision("1", new TaxDecision(VatCategory.StandardRate, 20m))],
            [],
            [new LegalMention("fr.penalties", "Pénalités de retard : trois fois le taux d'intérêt légal.")],
            []);

        Assert.True(assessment.Succeeded);
    }

    [Fact]
    public void Succeeded_WithDecisionsAndAProblem_IsFalse()
    {
        var assessment = new TaxAssessment(
            [new LineTaxDecision("1", new TaxDecision(VatCategory.StandardRate, 20m))],
            [],
            [],
            [new Problem("tax.rate-missing", "No rate for class 'reduced'.", "Lines[1].TaxClass")]);

        Assert.False(assessment.Succeeded);
    }

    [Fact]
    public void TaxDecision_DefaultsToTaxPointOnInvoicing()
    {
        Assert.Equal(TaxPoint.OnInvoicing, new TaxDecision(VatCategory.Exempt, 0m).TaxPoint);
    }
}
