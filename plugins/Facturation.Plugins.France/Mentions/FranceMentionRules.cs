using Facturation.Sdk.Rules;

namespace Facturation.Plugins.France.Mentions;

/// <summary>STUB — being written.</summary>
public sealed class FranceMentionRules : IDocumentRules
{
    /// <inheritdoc />
    public string Id => "fr-mentions";

    /// <inheritdoc />
    public string DisplayName => "Mentions obligatoires (France)";

    /// <inheritdoc />
    public ValueTask<DocumentRulesResult> CheckAsync(DocumentRulesRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("stub");
}
