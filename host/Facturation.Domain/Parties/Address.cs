namespace Facturation.Domain.Parties;

/// <summary>A postal address as stored on companies and customers (copied into snapshots at issue).</summary>
public sealed record Address
{
    /// <summary>First street line.</summary>
    public string Line1 { get; init; } = "";

    /// <summary>Second street line.</summary>
    public string? Line2 { get; init; }

    /// <summary>Third street line.</summary>
    public string? Line3 { get; init; }

    /// <summary>Post code.</summary>
    public string PostCode { get; init; } = "";

    /// <summary>City.</summary>
    public string City { get; init; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; init; } = "FR";
}
