namespace Facturation.Application.Issuing;

/// <summary>The writer found the draft changed since it was prepared: it prepares it again and retries, nobody sees this.</summary>
internal sealed class StalePreparationException : Exception
{
    public StalePreparationException()
    {
    }

    public StalePreparationException(string message)
        : base(message)
    {
    }

    public StalePreparationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
