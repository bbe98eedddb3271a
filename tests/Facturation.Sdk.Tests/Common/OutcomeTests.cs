using Facturation.Sdk.Common;

namespace Facturation.Sdk.Tests.Common;

public class OutcomeTests
{
    private static readonly Problem MissingVat = new("BR-CO-09", "The seller's VAT number is required.", "Seller.VatNumber");

    private static readonly Problem NoLine = new("BR-16", "An invoice has at least one line.", "Lines");

    [Fact]
    public void Of_NoProblem_IsASuccess_AndProblems_AreAFailureKeepingTheirOrder()
    {
        Assert.True(Outcome.Of([]).Succeeded);

        var failed = Outcome.Of(new[] { NoLine, MissingVat }.Where(_ => true));

        Assert.False(failed.Succeeded);
        Assert.Equal([NoLine, MissingVat], failed.Problems);
    }

    [Fact]
    public void Success_CarriesTheValueAndNoProblem()
    {
        var outcome = Outcome<int>.Success(42);

        Assert.True(outcome.Succeeded);
        Assert.Equal(42, outcome.Value);
        Assert.Empty(outcome.Problems);
        Assert.Equal(42, outcome.GetValueOrThrow());
    }

    [Fact]
    public void Failure_KeepsEveryProblemInOrder_AndNoValue()
    {
        var outcome = Outcome<string>.Failure([MissingVat, NoLine]);

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Value);
        Assert.Equal([MissingVat, NoLine], outcome.Problems);
    }

    [Fact]
    public void Failure_WithOneProblem_BuildsItFromCodeMessageAndField()
    {
        var outcome = Outcome<string>.Failure(MissingVat.Code, MissingVat.Message, MissingVat.Field);
        var withoutValue = Outcome.Failure(NoLine.Code, NoLine.Message, NoLine.Field);

        Assert.Equal([MissingVat], outcome.Problems);
        Assert.Equal([NoLine], withoutValue.Problems);
        Assert.False(withoutValue.Succeeded);
    }

    [Fact]
    public void Failure_CopiesTheProblems_SoALaterChangeOfTheCallersListDoesNotReachIt()
    {
        List<Problem> problems = [MissingVat];

        var outcome = Outcome<int>.Failure(problems);
        var withoutValue = Outcome.Failure(problems);
        problems.Add(NoLine);

        Assert.Equal([MissingVat], outcome.Problems);
        Assert.Equal([MissingVat], withoutValue.Problems);
    }

    [Fact]
    public void Failure_WithoutAProblem_IsRefused()
    {
        var generic = Assert.Throws<ArgumentException>(() => Outcome<int>.Failure([]));
        var plain = Assert.Throws<ArgumentException>(() => Outcome.Failure([]));

        Assert.Equal("problems", generic.ParamName);
        Assert.Equal("problems", plain.ParamName);
    }

    [Fact]
    public void GetValueOrThrow_OnAFailure_ThrowsListingEveryProblem()
    {
        var outcome = Outcome<int>.Failure([MissingVat, NoLine]);

        var thrown = Assert.Throws<InvalidOperationException>(() => outcome.GetValueOrThrow());

        Assert.Equal("Seller.VatNumber: The seller's VAT number is required. (BR-CO-09); Lines: An invoice has at least one line. (BR-16)", thrown.Message);
    }

    [Fact]
    public void Success_WithoutValue_SucceedsAndDoesNotThrow()
    {
        var outcome = Outcome.Success();

        Assert.True(outcome.Succeeded);
        Assert.Empty(outcome.Problems);
        outcome.ThrowIfFailed();
    }

    [Fact]
    public void ThrowIfFailed_OnAFailure_ThrowsListingTheProblem()
    {
        var outcome = Outcome.Failure([NoLine]);

        var thrown = Assert.Throws<InvalidOperationException>(outcome.ThrowIfFailed);

        Assert.Equal("Lines: An invoice has at least one line. (BR-16)", thrown.Message);
    }
}
