using Facturation.Domain.Catalogue;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Persistence.Audit;
using Facturation.Persistence.Journal;
using Facturation.Persistence.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Persistence;

/// <summary>The product's database: companies, customers, items, documents, counters, integrity journal, audit.</summary>
/// <param name="options">Provider options.</param>
public sealed class FacturationDbContext(DbContextOptions<FacturationDbContext> options) : DbContext(options)
{
    /// <summary>Companies.</summary>
    public DbSet<Company> Companies => Set<Company>();

    /// <summary>Customers.</summary>
    public DbSet<Customer> Customers => Set<Customer>();

    /// <summary>Catalogue items.</summary>
    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();

    /// <summary>Documents.</summary>
    public DbSet<Document> Documents => Set<Document>();

    /// <summary>Saved versions of the companies' layouts.</summary>
    public DbSet<Domain.Templates.DocumentTemplate> DocumentTemplates => Set<Domain.Templates.DocumentTemplate>();

    /// <summary>The companies' branding revisions (logo, colours, font, footer), kept for ever.</summary>
    public DbSet<BrandingRevision> BrandingRevisions => Set<BrandingRevision>();

    /// <summary>Logo and font files of the branding revisions, each stored once.</summary>
    public DbSet<BrandingFile> BrandingFiles => Set<BrandingFile>();

    /// <summary>Numbering counters.</summary>
    public DbSet<NumberingCounter> NumberingCounters => Set<NumberingCounter>();

    /// <summary>Integrity journal.</summary>
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    /// <summary>Audit trail.</summary>
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FacturationDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset stored as text: store UTC ticks (portable, sortable).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
