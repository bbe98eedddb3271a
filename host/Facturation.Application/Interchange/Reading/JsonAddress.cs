using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Reading;

/// <summary>Reads a postal address object.</summary>
internal static class JsonAddress
{
    public static Address? Read(JsonFields? fields)
    {
        if (fields is null)
            return null;
        var address = new Address
        {
            Line1 = fields.Text("line1") ?? "",
            Line2 = fields.Text("line2"),
            Line3 = fields.Text("line3"),
            PostCode = fields.Text("postCode") ?? "",
            City = fields.Text("city") ?? "",
            Country = fields.Text("country") ?? "",
        };
        fields.RejectUnknown();
        return address;
    }
}
