namespace Facturation.Sdk.Templates;

/// <summary>Limits an engine enforces while rendering, so a hostile template cannot exhaust the process.</summary>
/// <param name="Timeout">Longest render time.</param>
/// <param name="MaxOutputChars">Largest output, in characters.</param>
/// <param name="MaxDepth">Deepest nesting of partials and blocks.</param>
public sealed record RenderLimits(TimeSpan Timeout, long MaxOutputChars, int MaxDepth)
{
    /// <summary>Defaults: 5 s, 20 million characters, depth 32.</summary>
    public static RenderLimits Default { get; } = new(TimeSpan.FromSeconds(5), 20_000_000, 32);
}
