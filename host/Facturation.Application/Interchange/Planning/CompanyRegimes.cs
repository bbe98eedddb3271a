using Facturation.Application.Plugins;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>The tax regime and settings of each company an import touches, resolved once, to refuse unknown tax classes.</summary>
/// <param name="extensions">Loaded plugins.</param>
internal sealed class CompanyRegimes(ExtensionRegistry extensions)
{
    private readonly Dictionary<Guid, CompanyExtensions?> _found = [];

    /// <summary>The company's extensions, or <see langword="null"/> when its plugins do not load (reported elsewhere).</summary>
    public CompanyExtensions? For(Company company)
    {
        if (!_found.TryGetValue(company.Id, out var found))
            _found[company.Id] = found = extensions.For(company) is { Succeeded: true } loaded ? loaded.Value : null;
        return found;
    }
}
