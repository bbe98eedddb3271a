namespace Facturation.PluginHost;

/// <summary>Why a plugin was rejected: one value per case, so tools and tests can tell them apart.</summary>
public enum PluginFailure
{
    /// <summary>No failure.</summary>
    None,

    /// <summary><c>plugin.json</c> missing, not JSON, or a field breaks its rule.</summary>
    InvalidManifest,

    /// <summary>The plugin's SDK range does not contain the host's SDK version.</summary>
    SdkVersionNotSupported,

    /// <summary>Another folder declares the same id.</summary>
    DuplicateId,

    /// <summary>A required plugin is absent, disabled, failed, in the wrong version, or part of a cycle.</summary>
    DependencyNotSatisfied,

    /// <summary>The entry assembly file is missing or cannot be loaded.</summary>
    EntryAssemblyNotLoadable,

    /// <summary>No (or more than one) class implementing <c>IPluginEntry</c>, or the named one is absent.</summary>
    EntryTypeNotFound,

    /// <summary>The entry class threw while being built or while registering its services.</summary>
    EntryThrew,

    /// <summary>The plugin's registered services cannot be built (missing dependency, constructor that throws).</summary>
    ServicesFailed,
}
