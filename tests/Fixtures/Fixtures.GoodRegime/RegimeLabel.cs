namespace Fixtures.GoodRegime;

/// <summary>A private service of the plugin, resolved inside its own container.</summary>
public sealed record RegimeLabel(string Text);
