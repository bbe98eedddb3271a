using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Facturation.Sdk.Tests.Conventions;

/// <summary>
/// What is not frozen says so: every public type of <c>Facturation.Sdk.Experimental.*</c> (and its registration method)
/// carries <see cref="ExperimentalAttribute"/> with a diagnostic id that sdk/README.md documents; nothing else does.
/// </summary>
public class ExperimentalApiTests
{
    private const string PaymentsId = "FACTSDK001";

    private const string ExperimentalNamespace = "Facturation.Sdk.Experimental.";

    private static readonly Type[] Exported = typeof(SdkInfo).Assembly.GetExportedTypes();

    [Fact]
    public void EveryTypeOfTheExperimentalPaymentsNamespace_IsExperimentalUnderFactSdk001()
    {
        var payments = Exported.Where(t => t is { IsNested: false, Namespace: ExperimentalNamespace + "Payments" }).ToList();

        Assert.Contains(payments, t => t.Name == "IPaymentGateway");
        Assert.All(payments, t => Assert.Equal(PaymentsId, DiagnosticIdOf(t)));
    }

    [Fact]
    public void AddPaymentGateway_IsExperimentalUnderFactSdk001()
    {
        var method = typeof(FacturationServiceCollectionExtensions).GetMethod(nameof(FacturationServiceCollectionExtensions.AddPaymentGateway));

        Assert.NotNull(method);
        Assert.Equal(PaymentsId, DiagnosticIdOf(method));
    }

    [Fact]
    public void NoTypeOutsideTheExperimentalNamespaces_IsExperimental()
    {
        var marked = Exported
            .Where(t => !t.Namespace!.StartsWith(ExperimentalNamespace, StringComparison.Ordinal) && DiagnosticIdOf(t) is not null)
            .Select(t => t.FullName);

        Assert.Empty(marked);
    }

    [Fact]
    public void EveryExperimentalDiagnosticId_IsDocumentedInTheSdkReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "sdk", "README.md"));
        var ids = Exported.Select(DiagnosticIdOf).OfType<string>().Distinct().ToList();

        Assert.Equal([PaymentsId], ids);
        Assert.All(ids, id => Assert.Contains($"`{id}`", readme, StringComparison.Ordinal));
    }

    private static string? DiagnosticIdOf(MemberInfo member) => member.GetCustomAttribute<ExperimentalAttribute>()?.DiagnosticId;
}
