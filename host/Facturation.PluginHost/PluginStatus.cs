namespace Facturation.PluginHost;

/// <summary>Where a plugin folder ended up after start-up.</summary>
public enum PluginStatus
{
    /// <summary>Loaded; its services are available.</summary>
    Loaded,

    /// <summary>Turned off by configuration; not loaded.</summary>
    Disabled,

    /// <summary>Rejected; see the reason. The host runs without it.</summary>
    Failed,
}
