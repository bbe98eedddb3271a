using Facturation.Sdk.Tests.PublicApi.Samples;

namespace Facturation.Sdk.Tests.PublicApi;

public class PublicApiWriterTests
{
    [Fact]
    public void Write_SampleClass_ListsVisibleMembersAsCSharpSignatures()
    {
        const string expected = """
            public abstract class Facturation.Sdk.Tests.PublicApi.Samples.SampleLedger<TEntry> where TEntry : class, new()
                public const string Journal = "sales \"main\"";
                protected SampleLedger(string? name);
                public System.Collections.Generic.IReadOnlyList<TEntry?> Entries { get; protected set; }
                public string? Name { get; }
                public event System.EventHandler? Closed;
                public abstract System.Threading.Tasks.ValueTask<int?> CountAsync(System.DateOnly? from, System.Threading.CancellationToken cancellationToken = default);
                protected void OnClosed();
                public virtual bool TryFind(string key, [NotNullWhen(true)] out TEntry? entry);

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), PublicApiWriter.Write([typeof(SampleLedger<>)]));
    }

    [Fact]
    public void Write_Enum_ListsMembersByValue()
    {
        const string expected = """
            public enum Facturation.Sdk.Tests.PublicApi.Samples.SampleStatus
                Cancelled = -1,
                None = 0,
                Draft = 1,
                Issued = 2,

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), PublicApiWriter.Write([typeof(SampleStatus)]));
    }

    [Fact]
    public void Write_StaticClass_MarksExtensionsParamsAndEnumDefaults()
    {
        var lines = Lines(PublicApiWriter.Write([typeof(SampleLedgerExtensions)]));

        Assert.Equal(
            [
                "public static class Facturation.Sdk.Tests.PublicApi.Samples.SampleLedgerExtensions",
                "    public static Facturation.Sdk.Tests.PublicApi.Samples.SampleLedger<TEntry> Renamed<TEntry>(this Facturation.Sdk.Tests.PublicApi.Samples.SampleLedger<TEntry> ledger, Facturation.Sdk.Tests.PublicApi.Samples.SampleStatus status = Facturation.Sdk.Tests.PublicApi.Samples.SampleStatus.Draft) where TEntry : class, new();",
                "    public static decimal Sum(params decimal[] amounts);",
            ],
            lines);
    }

    [Fact]
    public void Write_RecordStruct_ListsInitPropertiesAndDeconstruct()
    {
        var lines = Lines(PublicApiWriter.Write([typeof(SampleNote)]));

        Assert.Equal("public readonly record struct Facturation.Sdk.Tests.PublicApi.Samples.SampleNote : System.IEquatable<Facturation.Sdk.Tests.PublicApi.Samples.SampleNote>", lines[0]);
        Assert.Contains("    public decimal? Amount { get; init; }", lines);
        Assert.Contains("    public string Text { get; init; }", lines);
        Assert.Contains("    public void Deconstruct(out string Text, out decimal? Amount);", lines);
        Assert.Contains("    public static bool operator ==(Facturation.Sdk.Tests.PublicApi.Samples.SampleNote left, Facturation.Sdk.Tests.PublicApi.Samples.SampleNote right);", lines);
    }

    [Fact]
    public void Write_Sdk_ListsAssessAsyncUnderITaxRegime()
    {
        var lines = Lines(PublicApiWriter.Write(typeof(SdkInfo).Assembly));

        var header = lines.IndexOf("public interface Facturation.Sdk.Taxes.ITaxRegime");
        Assert.True(header >= 0, "ITaxRegime is not listed.");
        var members = lines.Skip(header + 1).TakeWhile(l => l.StartsWith(' ')).ToList();
        Assert.Contains(
            "    System.Threading.Tasks.ValueTask<Facturation.Sdk.Taxes.TaxAssessment> AssessAsync(Facturation.Sdk.Taxes.TaxAssessmentRequest request, System.Threading.CancellationToken cancellationToken);",
            members);
    }

    [Fact]
    public void Write_Sdk_ListsNoInternalOrPrivateMember()
    {
        var text = PublicApiWriter.Write(typeof(SdkInfo).Assembly);

        // Private helpers of the SDK that must never reach the listing.
        Assert.DoesNotContain("SameCurrency", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AddContract", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ReadVersion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>$", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Sdk_ListsNestedTypesWithDottedNames()
    {
        var lines = Lines(PublicApiWriter.Write(typeof(SdkInfo).Assembly));

        Assert.Contains(lines, l => l.StartsWith("public sealed record Facturation.Sdk.Payments.PaymentOutcome.Processed : Facturation.Sdk.Payments.PaymentOutcome", StringComparison.Ordinal));
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Where(l => l.Length > 0)];
}
