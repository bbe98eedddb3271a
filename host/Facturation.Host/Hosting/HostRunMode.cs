namespace Facturation.Host.Hosting;

/// <summary>How the process runs, which decides what it logs where.</summary>
public enum HostRunMode
{
    /// <summary>No command: the long-running host. Logs from configuration, on stderr and in the log file.</summary>
    Server,

    /// <summary>A command: nothing on stderr but its own messages; warnings and errors in the log file.</summary>
    Command,

    /// <summary>A command with <c>--verbose</c>: debug logs on stderr and in the log file.</summary>
    VerboseCommand,
}
