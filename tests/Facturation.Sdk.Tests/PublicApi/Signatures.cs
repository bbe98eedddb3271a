using System.Reflection;
using System.Runtime.CompilerServices;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>The parts shared by method, constructor, delegate and type signatures: parameters and generic constraints.</summary>
internal sealed class Signatures(NullabilityInfoContext nullability)
{
    private const string ParamCollection = "System.Runtime.CompilerServices.ParamCollectionAttribute";
    private const string RequiresLocation = "System.Runtime.CompilerServices.RequiresLocationAttribute";

    /// <summary>The parameter list between parentheses.</summary>
    /// <param name="method">The method, constructor or delegate <c>Invoke</c>.</param>
    /// <returns>E.g. <c>(string key, [NotNullWhen(true)] out string? value)</c>.</returns>
    public string Parameters(MethodBase method)
    {
        var isExtension = method.IsDefined(typeof(ExtensionAttribute), inherit: false);
        var parameters = method.GetParameters().Select((p, i) => Parameter(p, isExtension && i == 0));
        return $"({string.Join(", ", parameters)})";
    }

    /// <summary>A return type, nullable where annotated.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The C# spelling of its return type.</returns>
    public string ReturnType(MethodInfo method) =>
        TypeNames.Format(method.ReturnType, method.ReturnType == typeof(void) ? null : nullability.Create(method.ReturnParameter));

    /// <summary>Generic parameter names, with variance for interfaces and delegates.</summary>
    /// <param name="parameters">The generic parameters declared here.</param>
    /// <returns>E.g. <c>&lt;in T&gt;</c>, or empty.</returns>
    public static string TypeParameters(IReadOnlyCollection<Type> parameters) =>
        parameters.Count == 0 ? string.Empty : $"<{string.Join(", ", parameters.Select(TypeParameter))}>";

    /// <summary>A generic parameter name with its variance.</summary>
    /// <param name="parameter">The generic parameter.</param>
    /// <returns>E.g. <c>out TResult</c>.</returns>
    public static string TypeParameter(Type parameter) =>
        (parameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask) switch
        {
            GenericParameterAttributes.Covariant => "out " + parameter.Name,
            GenericParameterAttributes.Contravariant => "in " + parameter.Name,
            _ => parameter.Name,
        };

    /// <summary>The <c>where</c> clauses of generic parameters.</summary>
    /// <param name="parameters">The generic parameters declared here.</param>
    /// <returns>E.g. <c> where T : class, ITaxRegime</c>, or empty.</returns>
    public static string Constraints(IEnumerable<Type> parameters) =>
        string.Concat(parameters.Select(Constraint).Where(c => c.Length > 0).Select(c => " " + c));

    private static string Constraint(Type parameter)
    {
        var attributes = parameter.GenericParameterAttributes;
        var isStruct = attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
        var types = parameter.GetGenericParameterConstraints().Where(t => t != typeof(ValueType)).ToList();
        var parts = new List<string>();
        if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            parts.Add("class");
        if (isStruct)
            parts.Add("struct");
        parts.AddRange(types.Where(t => !t.IsInterface).Select(t => TypeNames.Format(t)));
        parts.AddRange(types.Where(t => t.IsInterface).Select(t => TypeNames.Format(t)).Order(StringComparer.Ordinal));
        if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            parts.Add("new()");
        if (attributes.HasFlag(GenericParameterAttributes.AllowByRefLike))
            parts.Add("allows ref struct");
        return parts.Count == 0 ? string.Empty : $"where {parameter.Name} : {string.Join(", ", parts)}";
    }

    private string Parameter(ParameterInfo parameter, bool isThis)
    {
        var isParams = parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false)
            || parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == ParamCollection);
        // The written state is the declared annotation; [MaybeNullWhen] and the like only change the read state.
        var type = TypeNames.Format(parameter.ParameterType, nullability.Create(parameter), writeState: true);
        var defaultValue = parameter.HasDefaultValue ? " = " + Literals.Format(parameter.RawDefaultValue, parameter.ParameterType) : string.Empty;
        return Words.Join(
            ApiAttributes.Format(parameter.GetCustomAttributesData()),
            isThis ? "this" : string.Empty,
            isParams ? "params" : string.Empty,
            parameter.ParameterType.IsByRef ? RefKind(parameter) : string.Empty,
            type,
            parameter.Name + defaultValue);
    }

    private static string RefKind(ParameterInfo parameter)
    {
        if (parameter.IsOut)
            return "out";
        if (parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == RequiresLocation))
            return "ref readonly";
        return parameter.IsIn ? "in" : "ref";
    }
}
