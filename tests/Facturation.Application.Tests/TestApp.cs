using Facturation.Application.Catalogue;
using Facturation.Application.Common;
using Facturation.Application.Companies;
using Facturation.Application.Customers;
using Facturation.Application.Documents;
using Facturation.Application.Issuing;
using Facturation.Domain.Documents;
using Facturation.Domain.Parties;
using Facturation.Persistence;
using Facturation.Sdk.Common;
using Facturation.Sdk.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Facturation.Application.Tests;

/// <summary>
/// The application as the host composes it, on a fresh SQLite file in a temp folder and the bundled plugins of the
/// test output's plugins folder (loaded once per process, <see cref="BundledPlugins"/>); the clock is a <see cref="FakeTimeProvider"/> the test moves by hand
/// (starts 2026-03-10 10:00 UTC).
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private readonly bool _ownsFolder;

    private TestApp(ServiceProvider provider, string folder, FakeTimeProvider clock, bool ownsFolder)
    {
        _provider = provider;
        Folder = folder;
        Clock = clock;
        _ownsFolder = ownsFolder;
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(Folder, "facturation.db");

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <param name="configure">Extra services.</param>
    /// <param name="settings">Extra configuration keys (e.g. <c>Plugins:Disabled:0</c>).</param>
    public static Task<TestApp> StartAsync(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(configure, settings, Directory.CreateTempSubdirectory("facturation-app-").FullName, ownsFolder: true);

    /// <summary>A second application on this one's database file, as a later process would open it: nothing cached.</summary>
    public Task<TestApp> ReopenAsync() => StartAsync(null, null, Folder, ownsFolder: false);

    private static async Task<TestApp> StartAsync(
        Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?>? settings, string folder, bool ownsFolder)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = Path.Combine(folder, "facturation.db"),
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        var disabled = configuration.GetSection("Plugins:Disabled").GetChildren().Select(c => c.Value!).ToList();
        services.AddFacturationPlugins(BundledPlugins.Without(disabled));
        services.AddFacturationPersistence(configuration);
        services.AddFacturationApplication();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new TestApp(provider, folder, clock, ownsFolder);
    }

    public async Task<FacturationDbContext> DbAsync() =>
        await Get<IDbContextFactory<FacturationDbContext>>().CreateDbContextAsync();

    public async Task<Company> CompanyAsync(string code = "acme", Func<CompanyInput, CompanyInput>? change = null)
    {
        var input = new CompanyInput
        {
            Code = code,
            LegalName = "Atelier Dupont SAS",
            LegalForm = "SAS",
            ShareCapital = 10_000m,
            Siren = "732829320",
            Siret = "73282932000074",
            RcsCity = "Paris",
            VatNumber = "FR44732829320",
            Address = new Address { Line1 = "12 rue de la Paix", PostCode = "75002", City = "Paris", Country = "FR" },
            Iban = "FR7630006000011234567890189",
        };
        return (await Get<CompanyService>().CreateAsync(change?.Invoke(input) ?? input, default)).GetValueOrThrow();
    }

    public async Task<Customer> CustomerAsync(string company = "acme", string code = "C001", Func<CustomerInput, CustomerInput>? change = null)
    {
        var input = new CustomerInput
        {
            Code = code,
            Name = "Client Martin SARL",
            Siren = "552100554",
            BillingAddress = new Address { Line1 = "3 avenue Foch", PostCode = "69006", City = "Lyon", Country = "FR" },
            Email = "compta@martin.example",
        };
        return (await Get<CustomerService>().CreateAsync(company, change?.Invoke(input) ?? input, default)).GetValueOrThrow();
    }

    /// <summary>A draft invoice for the customer with the given lines (description, quantity, price, class).</summary>
    public async Task<Document> DraftAsync(DocumentType type = DocumentType.Invoice, string company = "acme", string customer = "C001", params LineInput[] lines)
    {
        var documents = Get<DocumentService>();
        var draft = (await documents.CreateDraftAsync(company, new DraftInput { Type = type, CustomerCode = customer }, default)).GetValueOrThrow();
        foreach (var line in lines.Length == 0 ? [new LineInput { Description = "Conseil", Quantity = 2m, UnitPrice = 100m, UnitCode = "HUR" }] : lines)
            (await documents.AddLineAsync(draft.Id, line, default)).GetValueOrThrow();
        return draft;
    }

    public async Task<IssuedDocument> IssueAsync(Guid documentId) =>
        (await Get<IssueService>().IssueAsync(documentId, default)).GetValueOrThrow();

    public async Task<Outcome<IssuedDocument>> TryIssueAsync(Guid documentId) =>
        await Get<IssueService>().IssueAsync(documentId, default);

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
            return;
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
