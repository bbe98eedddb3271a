using System.Collections;
using System.Reflection;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>How values of one type are shown to templates, decided once per type.</summary>
internal sealed class TypeShape
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(decimal), typeof(DateOnly), typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(Guid), typeof(Half), typeof(Int128), typeof(UInt128),
    ];

    private TypeShape(ShapeKind kind) => Kind = kind;

    public ShapeKind Kind { get; }

    /// <summary>Why the type is refused, for <see cref="ShapeKind.Refused"/>.</summary>
    public string? Reason { get; private init; }

    /// <summary>Readable members, for <see cref="ShapeKind.Record"/>.</summary>
    public PlainMembers? Members { get; private init; }

    /// <summary>The <c>KeyValuePair&lt;string, T&gt;</c> type's Key and Value, for <see cref="ShapeKind.KeyValuePairs"/>.</summary>
    public (PropertyInfo Key, PropertyInfo Value)? Pair { get; private init; }

    public static TypeShape Of(Type type)
    {
        if (type.IsPrimitive || Scalars.Contains(type))
        {
            return new TypeShape(ShapeKind.Scalar);
        }

        if (type.IsEnum)
        {
            return new TypeShape(ShapeKind.Enumeration);
        }

        var refusal = RefusalReason(type);
        if (refusal is not null)
        {
            return new TypeShape(ShapeKind.Refused) { Reason = refusal };
        }

        var dictionaryKey = GenericArguments(type, typeof(IDictionary<,>)) ?? GenericArguments(type, typeof(IReadOnlyDictionary<,>));
        if (dictionaryKey is { } arguments && arguments[0] != typeof(string))
        {
            return new TypeShape(ShapeKind.Refused) { Reason = "a dictionary whose keys are not strings" };
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.Dictionary);
        }

        if (dictionaryKey is { } pairArguments)
        {
            var pair = typeof(KeyValuePair<,>).MakeGenericType(pairArguments);
            return new TypeShape(ShapeKind.KeyValuePairs) { Pair = (pair.GetProperty("Key")!, pair.GetProperty("Value")!) };
        }

        if (typeof(IList).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.List);
        }

        if (typeof(ICollection).IsAssignableFrom(type)
            || GenericArguments(type, typeof(IReadOnlyCollection<>)) is not null
            || GenericArguments(type, typeof(ICollection<>)) is not null)
        {
            return new TypeShape(ShapeKind.Collection);
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.Refused) { Reason = "a lazy sequence (give the view model a list or an array)" };
        }

        return new TypeShape(ShapeKind.Record) { Members = PlainMembers.Of(type) };
    }

    private static string? RefusalReason(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return "code (a delegate)";
        }

        if (typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type)
            || typeof(Module).IsAssignableFrom(type) || typeof(ParameterInfo).IsAssignableFrom(type))
        {
            return "reflection";
        }

        if (typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return "a task";
        }

        if (typeof(IServiceProvider).IsAssignableFrom(type))
        {
            return "a service provider";
        }

        if (typeof(IDisposable).IsAssignableFrom(type) || typeof(IAsyncDisposable).IsAssignableFrom(type))
        {
            return "a disposable object (services, streams and database contexts are not plain data)";
        }

        return typeof(IQueryable).IsAssignableFrom(type) ? "a query" : null;
    }

    private static Type[]? GenericArguments(Type type, Type genericInterface)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == genericInterface)
        {
            return type.GetGenericArguments();
        }

        return type.GetInterfaces()
            .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == genericInterface)
            ?.GetGenericArguments();
    }
}
