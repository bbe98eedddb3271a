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
}
