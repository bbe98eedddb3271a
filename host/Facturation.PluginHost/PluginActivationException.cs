namespace Facturation.PluginHost;

/// <summary>A plugin could not be activated; carries the failure case and a reason for people.</summary>
public sealed class PluginActivationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">The failure case.</param>
    /// <param name="message">The reason.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public PluginActivationException(PluginFailure failure, string message, Exception? inner = null)
        : base(message, inner) => Failure = failure;

    /// <summary>The failure case.</summary>
    public PluginFailure Failure { get; }
}
