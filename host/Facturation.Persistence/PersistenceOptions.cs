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
}
