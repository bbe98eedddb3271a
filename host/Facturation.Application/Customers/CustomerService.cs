using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Persistence.Audit;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Customers;

/// <summary>Customers of a company: create, update, archive, anonymise, list.</summary>
/// <param name="contexts">Database.</param>
/// <param name="time">Clock.</param>
public sealed class CustomerService(IDbContextFactory<FacturationDbContext> contexts, TimeProvider time)
{
    /// <summary>Creates a customer.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="input">Data.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The customer or the problems.</returns>
    public async Task<Outcome<Customer>> CreateAsync(string companyCode, CustomerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Code == companyCode, cancellationToken);
        if (company is null)
            return Outcome<Customer>.Failure(CompanyService.NotFound(companyCode).Problems);
        var validator = CustomerRules.Check(input);
        validator.When(await db.Customers.AnyAsync(c => c.CompanyId == company.Id && c.Code == input.Code, cancellationToken),
            "Code", "code.taken", $"Customer code '{input.Code}' is already used.");
        if (!validator.IsValid)
            return Outcome<Customer>.Failure(validator.Problems);
        var customer = new Customer { CompanyId = company.Id };
        CustomerMapping.Apply(input, customer);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Customer>.Success(customer);
    }

    /// <summary>Updates a customer. Issued documents keep the identity frozen in their snapshot.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="code">Customer code.</param>
    /// <param name="input">New data (same code).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The customer or the problems.</returns>
    public async Task<Outcome<Customer>> UpdateAsync(string companyCode, string code, CustomerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await Find(db, companyCode, code, cancellationToken);
        if (customer is null)
            return NotFound(code);
        var validator = CustomerRules.Check(input).When(input.Code != code, "Code", "code.immutable", "A customer's code cannot change.");
        if (!validator.IsValid)
            return Outcome<Customer>.Failure(validator.Problems);
        CustomerMapping.Apply(input, customer);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Customer>.Success(customer);
    }

    /// <summary>Archives a customer: hidden from new documents, kept for the issued ones (10-year retention).</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="code">Customer code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The customer or the problems.</returns>
    public async Task<Outcome<Customer>> ArchiveAsync(string companyCode, string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await Find(db, companyCode, code, cancellationToken);
        if (customer is null)
            return NotFound(code);
        customer.ArchivedAt ??= time.GetUtcNow();
        db.AuditEvents.Add(new AuditEvent { At = time.GetUtcNow(), Actor = "cli", Action = "customer.archived", CompanyId = customer.CompanyId, EntityId = customer.Id });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Customer>.Success(customer);
    }

    /// <summary>
    /// Erases a person's data from the customer record (GDPR art. 17) while the issued snapshots, which the law
    /// requires to be kept, stay as issued.
    /// </summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="code">Customer code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The anonymised customer.</returns>
    public async Task<Outcome<Customer>> AnonymiseAsync(string companyCode, string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await Find(db, companyCode, code, cancellationToken);
        if (customer is null)
            return NotFound(code);
        customer.Name = "Anonymised customer";
        customer.Email = null;
        customer.BillingAddress = new Address { Line1 = "-", City = "-", Country = customer.BillingAddress.Country };
        customer.DeliveryAddress = null;
        customer.ElectronicAddress = null;
        customer.AnonymisedAt = time.GetUtcNow();
        customer.ArchivedAt ??= customer.AnonymisedAt;
        db.AuditEvents.Add(new AuditEvent { At = time.GetUtcNow(), Actor = "cli", Action = "customer.anonymised", CompanyId = customer.CompanyId, EntityId = customer.Id });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Customer>.Success(customer);
    }

    /// <summary>A company's customers by code, archived ones only when asked.</summary>
    /// <param name="companyCode">Company.</param>
    /// <param name="includeArchived">Include archived customers.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The customers.</returns>
    public async Task<IReadOnlyList<Customer>> ListAsync(string companyCode, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking()
            .Where(c => db.Companies.Any(co => co.Id == c.CompanyId && co.Code == companyCode) && (includeArchived || c.ArchivedAt == null))
            .OrderBy(c => c.Code).ToListAsync(cancellationToken);
    }

    private static Task<Customer?> Find(FacturationDbContext db, string companyCode, string code, CancellationToken cancellationToken) =>
        db.Customers.SingleOrDefaultAsync(c => c.Code == code && db.Companies.Any(co => co.Id == c.CompanyId && co.Code == companyCode), cancellationToken);

    private static Outcome<Customer> NotFound(string code) =>
        Outcome<Customer>.Failure("customer.not-found", $"No customer with code '{code}'.", "Customer");
}
