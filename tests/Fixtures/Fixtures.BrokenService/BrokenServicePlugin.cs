using Facturation.Sdk.Common;
using Facturation.Sdk.Plugins;
using Facturation.Sdk.Taxes;
using Microsoft.Extensions.DependencyInjection;

namespace Fixtures.BrokenService;

public sealed class BrokenServicePlugin : IPluginEntry
{
    public void ConfigureServices(IServiceCollection services) => services.AddTaxRegime<BrokenRegime>();
}

public sealed class BrokenRegime : ITaxRegime
{
    public BrokenRegime() => throw new InvalidOperationException("regime cannot start");

    public string Id => "broken";

    public string DisplayName => "Broken";

    public ValueTask<Outcome<TaxAssessment>> AssessAsync(TaxAssessmentRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
