using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Facturation.Application.Issuing;

/// <summary>
/// One INSERT, UPDATE or COUNT on a mapped entity, its text built from EF's mapping (table and column names, the
/// provider's quoting and parameter placeholders) and its parameters made by each property's own type mapping (value
/// converters, provider types), as SaveChanges would. The command is kept and reused on one connection, so the
/// database prepares it once; for the single writer's hot path, where EF's per-call work costs more than the write.
/// </summary>
/// <remarks>
/// Why not SaveChanges: measured on 2 cores (issue 3, BENCHMARKS.md "Issuing invoices"), EF's <c>SaveChanges</c> of one
/// issued document with its ten lines tracked cost about 0.3 ms of the writer's time, the same prepared <c>UPDATE</c>
/// about 0.02 ms; the writer is the one thread every issue goes through. No table or column name is written here: all
/// come from the EF model, so a mapping change cannot leave this SQL behind.
/// </remarks>
internal sealed class MappedCommand : IAsyncDisposable
{
    private readonly string _sql;
    private readonly IReadOnlyList<IProperty> _parameters;
    private DbCommand? _command;

    private MappedCommand(string sql, IReadOnlyList<IProperty> parameters) => (_sql, _parameters) = (sql, parameters);

    /// <summary><c>INSERT INTO table (columns) VALUES (values)</c>; values in the order of <paramref name="columns"/>.</summary>
    public static MappedCommand Insert<TEntity>(DbContext db, IReadOnlyList<string> columns)
    {
        var map = new TableMap(db, typeof(TEntity));
        var properties = columns.Select(map.Property).ToList();
        var values = string.Join(", ", properties.Select((_, i) => map.Parameter(i)));
        return new MappedCommand($"INSERT INTO {map.Table} ({string.Join(", ", properties.Select(map.Column))}) VALUES ({values})", properties);
    }

    /// <summary><c>UPDATE table SET set = ... WHERE where = ...</c>; values: <paramref name="set"/> then <paramref name="where"/>.</summary>
    public static MappedCommand Update<TEntity>(DbContext db, IReadOnlyList<string> set, IReadOnlyList<string> where)
    {
        var map = new TableMap(db, typeof(TEntity));
        var properties = set.Concat(where).Select(map.Property).ToList();
        var assignments = string.Join(", ", properties.Take(set.Count).Select((p, i) => $"{map.Column(p)} = {map.Parameter(i)}"));
        var filter = string.Join(" AND ", properties.Skip(set.Count).Select((p, i) => $"{map.Column(p)} = {map.Parameter(set.Count + i)}"));
        return new MappedCommand($"UPDATE {map.Table} SET {assignments} WHERE {filter}", properties);
    }

    /// <summary><c>SELECT COUNT(*) FROM table WHERE where = ...</c>.</summary>
    public static MappedCommand Count<TEntity>(DbContext db, IReadOnlyList<string> where)
    {
        var map = new TableMap(db, typeof(TEntity));
        var properties = where.Select(map.Property).ToList();
        var filter = string.Join(" AND ", properties.Select((p, i) => $"{map.Column(p)} = {map.Parameter(i)}"));
        return new MappedCommand($"SELECT COUNT(*) FROM {map.Table} WHERE {filter}", properties);
    }

    /// <summary>Runs the statement in the context's current transaction; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(DbContext db, IReadOnlyList<object?> values, CancellationToken cancellationToken) =>
        await Bind(db, values).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs the statement in the context's current transaction; returns the first column of the first row.</summary>
    public async Task<long> ScalarAsync(DbContext db, IReadOnlyList<object?> values, CancellationToken cancellationToken) =>
        Convert.ToInt64(await Bind(db, values).ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_command is not null)
            await _command.DisposeAsync();
    }

    private DbCommand Bind(DbContext db, IReadOnlyList<object?> values)
    {
        if (values.Count != _parameters.Count)
            throw new ArgumentException($"Expected {_parameters.Count} values, got {values.Count}.", nameof(values));
        var connection = db.Database.GetDbConnection();
        if (_command is null || _command.Connection != connection)
        {
            _command?.Dispose();
            _command = connection.CreateCommand();
            _command.CommandText = _sql;
        }
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.Parameters.Clear();
        for (var i = 0; i < values.Count; i++)
        {
            var property = _parameters[i];
            _command.Parameters.Add(((RelationalTypeMapping)property.GetTypeMapping())
                .CreateParameter(_command, TableMap.ParameterName(i), values[i], property.IsNullable));
        }
        return _command;
    }

    /// <summary>Names of one mapped entity's table and columns, quoted the provider's way.</summary>
    private sealed class TableMap
    {
        private readonly IEntityType _entity;
        private readonly StoreObjectIdentifier _table;
        private readonly ISqlGenerationHelper _sql;

        public TableMap(DbContext db, Type type)
        {
            _entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
            _sql = db.GetService<ISqlGenerationHelper>();
        }

        public string Table => _sql.DelimitIdentifier(_table.Name, _table.Schema);

        public static string ParameterName(int i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public IProperty Property(string name) =>
            _entity.FindProperty(name) ?? throw new InvalidOperationException($"{_entity.DisplayName()}.{name} is not mapped.");

        public string Column(IProperty property) => _sql.DelimitIdentifier(property.GetColumnName(_table)!);

        public string Parameter(int i) => _sql.GenerateParameterNamePlaceholder(ParameterName(i));
    }
}
