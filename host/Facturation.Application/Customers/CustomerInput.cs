using Facturation.Domain.Parties;

namespace Facturation.Application.Customers;

/// <summary>What a person gives to create or update a customer.</summary>
public sealed record CustomerInput
{
    /// <summary>Customer code, unique per company.</summary>
    public string Code { get; init; } = "";

    /// <summary>Business, public body or consumer.</summary>
    public CustomerKind Kind { get; init; } = CustomerKind.Business;

    /// <summary>Name.</summary>
    public string Name { get; init; } = "";

    /// <summary>SIREN.</summary>
    public string? Siren { get; init; }

    /// <summary>SIRET.</summary>
    public string? Siret { get; init; }

    /// <summary>VAT number.</summary>
    public string? VatNumber { get; init; }

    /// <summary>Billing address.</summary>
    public Address BillingAddress { get; init; } = new();

    /// <summary>Delivery address.</summary>
    public Address? DeliveryAddress { get; init; }

    /// <summary>Electronic address.</summary>
    public string? ElectronicAddress { get; init; }

    /// <summary>Its scheme.</summary>
    public string? ElectronicAddressScheme { get; init; }

    /// <summary>Currency.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>Payment terms in days.</summary>
    public int? PaymentTermsDays { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Source id when imported.</summary>
    public string? SourceId { get; init; }
}
