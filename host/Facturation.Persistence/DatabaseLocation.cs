namespace Facturation.Persistence;

/// <summary>Where the database file is (absolute path).</summary>
/// <param name="Path">The SQLite file.</param>
public sealed record DatabaseLocation(string Path);
