namespace Facturation.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class PersistenceOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Database";

    /// <summary>
    /// SQLite database file. Relative paths are taken from the data folder (<c>FACTURATION_DATA</c>, default
    /// <c>~/.local/share/facturation</c>). Default <c>facturation.db</c>.
    /// </summary>
    public string Path { get; set; } = "facturation.db";

    /// <summary>
    /// How long a process waits for another one that is upgrading the schema (holding the migration lock) before it
    /// gives up and says so. Default 60 seconds.
    /// </summary>
    public int MigrationLockTimeoutSeconds { get; set; } = 60;
}
