using Facturation.Application.Interchange.Model;
using Facturation.Application.Interchange.Writing;
using Facturation.Domain.Parties;

namespace Facturation.Application.Interchange.Planning;

/// <summary>
/// Flags a new customer that looks like one already known to its company: the same SIREN, VAT number (case and spaces
/// ignored) or e-mail (case ignored), either earlier in the file or in the database. Migrations often carry one
/// client twice under two codes; merging them after invoices exist is much harder than now.
/// </summary>
internal sealed class CustomerDuplicates
{
    private readonly Dictionary<(Guid CompanyId, string Field, string Value), string> _known = [];

    public CustomerDuplicates(IEnumerable<Customer> stored)
    {
        foreach (var customer in stored)
        {
            foreach (var (field, value) in Keys(customer))
                _known.TryAdd((customer.CompanyId, field, value), $"existing customer '{customer.Code}' (sourceId '{SourceKey.Of(customer.SourceId, customer.Id)}')");
        }
    }

    public void Check(Customer customer, RecordLocation at, ImportErrorList errors)
    {
        var self = $"customers[{at.Index}]" + (at.SourceId is null ? "" : $" ({at.SourceId})") + " in this file";
        foreach (var (field, value) in Keys(customer))
        {
            if (_known.TryGetValue((customer.CompanyId, field, value), out var other))
                errors.Add(at, field, "customer.duplicate", $"Same {Label(field)} '{value}' as {other}: one customer must not be imported twice.");
            else
                _known[(customer.CompanyId, field, value)] = self;
        }
    }

    private static IEnumerable<(string Field, string Value)> Keys(Customer customer)
    {
        if (!string.IsNullOrWhiteSpace(customer.Siren))
            yield return ("siren", customer.Siren.Trim());
        if (!string.IsNullOrWhiteSpace(customer.VatNumber))
            yield return ("vatNumber", customer.VatNumber.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(customer.Email))
            yield return ("email", customer.Email.Trim().ToLowerInvariant());
    }

    private static string Label(string field) => field switch
    {
        "siren" => "SIREN",
        "vatNumber" => "VAT number",
        _ => "e-mail",
    };
}
