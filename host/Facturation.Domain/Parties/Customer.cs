namespace Facturation.Domain.Parties;

/// <summary>
/// A buyer of a company. Customers used by issued documents are archived, never deleted (10-year retention);
/// erasing a person anonymises this record, never an issued snapshot.
/// </summary>
public sealed class Customer
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Owning company.</summary>
    public Guid CompanyId { get; set; }

    /// <summary>Customer code, unique per company (also the auxiliary account).</summary>
    public string Code { get; set; } = "";

    /// <summary>Business, public body or consumer.</summary>
    public CustomerKind Kind { get; set; }

    /// <summary>Legal name, or the person's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>SIREN.</summary>
    public string? Siren { get; set; }

    /// <summary>SIRET.</summary>
    public string? Siret { get; set; }

    /// <summary>VAT number.</summary>
    public string? VatNumber { get; set; }

    /// <summary>Billing address.</summary>
    public Address BillingAddress { get; set; } = new();

    /// <summary>Delivery address when different.</summary>
    public Address? DeliveryAddress { get; set; }

    /// <summary>Electronic invoicing address.</summary>
    public string? ElectronicAddress { get; set; }

    /// <summary>Its scheme.</summary>
    public string? ElectronicAddressScheme { get; set; }

    /// <summary>Invoicing currency.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Payment terms in days, overriding the company's.</summary>
    public int? PaymentTermsDays { get; set; }

    /// <summary>Contact e-mail.</summary>
    public string? Email { get; set; }

    /// <summary>When archived (hidden from choices, kept for issued documents).</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>When the person's data was erased.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>Identifier in the system the customer was imported from.</summary>
    public string? SourceId { get; set; }
}
