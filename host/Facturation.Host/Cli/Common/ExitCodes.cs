namespace Facturation.Host.Cli.Common;

/// <summary>Exit codes of the administration commands.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The use case refused the input (every problem printed; nothing written).</summary>
    public const int Refused = 1;

    /// <summary>A malformed or missing argument: the command did not run (same code as a configuration error).</summary>
    public const int BadArgument = FacturationCli.ConfigurationError;

    /// <summary><c>einvoice read</c>: the file was read, and what it says breaks rules (each one listed).</summary>
    public const int RulesBroken = 1;

    /// <summary><c>einvoice read</c>: the file cannot be read as an e-invoice (not XML nor PDF, unknown syntax, damaged,
    /// too large, no embedded invoice).</summary>
    public const int Unreadable = 2;
}
