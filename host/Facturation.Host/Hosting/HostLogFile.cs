namespace Facturation.Host.Hosting;

/// <summary>The log file this process writes to (the first <c>File</c> sink of the <c>Serilog</c> section), named in error messages.</summary>
/// <param name="Path">The file, or <see langword="null"/> when no file sink is configured.</param>
public sealed record HostLogFile(string? Path);
