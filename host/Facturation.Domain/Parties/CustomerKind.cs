namespace Facturation.Domain.Parties;

/// <summary>What kind of buyer a customer is.</summary>
public enum CustomerKind
{
    /// <summary>A business.</summary>
    Business,

    /// <summary>A public body.</summary>
    PublicBody,

    /// <summary>A consumer.</summary>
    Consumer,
}
