using Facturation.Application.Common;
using Facturation.Application.Plugins;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Companies;

/// <summary>Creates, updates and reads companies.</summary>
/// <param name="contexts">Database.</param>
/// <param name="extensions">Loaded plugins, to check the regime, scheme and settings a company names.</param>
public sealed class CompanyService(IDbContextFactory<FacturationDbContext> contexts, ExtensionRegistry extensions)
{
    /// <summary>Creates a company.</summary>
    /// <param name="input">Its data.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The company or the problems.</returns>
    public async Task<Outcome<Company>> CreateAsync(CompanyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var validator = Check(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        validator.When(await db.Companies.AnyAsync(c => c.Code == input.Code, cancellationToken), "Code", "code.taken", $"A company with code '{input.Code}' already exists.");
        if (!validator.IsValid)
            return Outcome<Company>.Failure(validator.Problems);
        var company = new Company();
        CompanyMapping.Apply(input, company);
        db.Companies.Add(company);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Company>.Success(company);
    }

    /// <summary>Updates a company (its issued documents keep the identity they were issued with).</summary>
    /// <param name="code">Company code.</param>
    /// <param name="input">New data (its code must stay the same).</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The company or the problems.</returns>
    public async Task<Outcome<Company>> UpdateAsync(string code, CompanyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (company is null)
            return NotFound(code);
        var validator = Check(input).When(input.Code != code, "Code", "code.immutable", "A company's code cannot change.");
        if (!validator.IsValid)
            return Outcome<Company>.Failure(validator.Problems);
        CompanyMapping.Apply(input, company);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Company>.Success(company);
    }

    /// <summary>Reads a company by code.</summary>
    /// <param name="code">Code.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The company or a not-found problem.</returns>
    public async Task<Outcome<Company>> GetAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        return company is null ? NotFound(code) : Outcome<Company>.Success(company);
    }

    /// <summary>Every company, by code.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The companies.</returns>
    public async Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
    }

    internal static Outcome<Company> NotFound(string code) =>
        Outcome<Company>.Failure("company.not-found", $"No company with code '{code}'.", "Company");

    private Validator Check(CompanyInput input) => CompanyChecks.Check(input, extensions);
}
