using System.Reflection;
using System.Runtime.CompilerServices;

namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Writes one line per visible member a type declares (inherited members belong to their own type).</summary>
internal sealed class MemberLines(NullabilityInfoContext nullability)
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Signatures _signatures = new(nullability);

    /// <summary>The lines of a type's visible members, sorted by kind, name and text.</summary>
    /// <param name="type">A visible type (delegates have none: their signature is the declaration).</param>
    /// <returns>The lines.</returns>
    public IEnumerable<ApiLine> Of(Type type)
    {
        if (type.IsEnum)
            return EnumMembers(type);
        if (type.IsSubclassOf(typeof(MulticastDelegate)))
            return [];
        var lines = type.GetFields(Declared).Where(f => Access.IsVisible(f) && !f.IsSpecialName).Select(Field)
            .Concat(type.GetConstructors(Declared).Where(c => Access.IsVisible(c) && !c.IsStatic).Select(Constructor))
            .Concat(type.GetProperties(Declared).Where(p => Access.IsVisible(p.GetMethod) || Access.IsVisible(p.SetMethod)).Select(Property))
            .Concat(type.GetEvents(Declared).Where(e => Access.IsVisible(e.AddMethod)).Select(Event))
            .Concat(type.GetMethods(Declared).Where(m => Access.IsVisible(m) && IsOrdinaryOrOperator(m)).Select(Method));
        return lines.OrderBy(l => l.Group).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Text, StringComparer.Ordinal);
    }

    private static bool IsOrdinaryOrOperator(MethodInfo method) =>
        (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal))
        && !method.Name.Contains('<', StringComparison.Ordinal);

    private static IEnumerable<ApiLine> EnumMembers(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Value: f.GetRawConstantValue()))
            .OrderBy(m => Convert.ToDecimal(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new ApiLine(ApiLineGroup.EnumMember, string.Empty, $"{m.Name} = {Literals.Format(m.Value, Enum.GetUnderlyingType(type))},"));

    private ApiLine Field(FieldInfo field)
    {
        var attributes = ApiAttributes.Format(field.GetCustomAttributesData());
        var type = TypeNames.Format(field.FieldType, nullability.Create(field));
        var access = Access.Keyword(field);
        if (field.IsLiteral)
            return new(ApiLineGroup.Constant, field.Name, Words.Join(attributes, access, "const", type, $"{field.Name} = {Literals.Format(field.GetRawConstantValue(), field.FieldType)};"));
        if (field.GetCustomAttribute<DecimalConstantAttribute>() is { } decimalConstant)
            return new(ApiLineGroup.Constant, field.Name, Words.Join(attributes, access, "const", type, $"{field.Name} = {Literals.Format(decimalConstant.Value, typeof(decimal))};"));
        var text = Words.Join(attributes, access, field.IsStatic ? "static" : string.Empty, field.IsInitOnly ? "readonly" : string.Empty, type, field.Name + ";");
        return new(ApiLineGroup.Field, field.Name, text);
    }

    private ApiLine Constructor(ConstructorInfo constructor)
    {
        var attributes = ApiAttributes.Format(constructor.GetCustomAttributesData());
        var text = Words.Join(attributes, Access.Keyword(constructor), $"{TypeNames.SimpleName(constructor.DeclaringType!)}{_signatures.Parameters(constructor)};");
        return new(ApiLineGroup.Constructor, string.Empty, text);
    }

    private ApiLine Property(PropertyInfo property)
    {
        var accessors = new[] { property.GetMethod, property.SetMethod }.Where(Access.IsVisible).Select(a => a!).ToList();
        var widest = accessors.MaxBy(Access.Rank)!;
        var type = TypeNames.Format(property.PropertyType, nullability.Create(property), writeState: property.GetMethod is null);
        var isIndexer = property.GetIndexParameters().Length > 0;
        var name = isIndexer ? $"this[{_signatures.Parameters(property.GetMethod ?? property.SetMethod!)[1..^1]}]" : property.Name;
        var required = property.IsDefined(typeof(RequiredMemberAttribute), inherit: false) ? "required" : string.Empty;
        var body = string.Join(" ", accessors.Select(a => AccessorText(a, widest)));
        var text = Words.Join(ApiAttributes.Format(property.GetCustomAttributesData()), Modifiers(widest), required, type, name, $"{{ {body} }}");
        return new(ApiLineGroup.Property, isIndexer ? "this[]" : property.Name, text);
    }

    private static string AccessorText(MethodInfo accessor, MethodInfo widest)
    {
        var access = Access.Rank(accessor) < Access.Rank(widest) ? Access.Keyword(accessor) + " " : string.Empty;
        var isInit = accessor.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
        var keyword = accessor.ReturnType != typeof(void) ? "get" : isInit ? "init" : "set";
        return $"{access}{keyword};";
    }

    private ApiLine Event(EventInfo @event)
    {
        var type = TypeNames.Format(@event.EventHandlerType!, nullability.Create(@event));
        var text = Words.Join(ApiAttributes.Format(@event.GetCustomAttributesData()), Modifiers(@event.AddMethod!), "event", type, @event.Name + ";");
        return new(ApiLineGroup.Event, @event.Name, text);
    }

    private ApiLine Method(MethodInfo method)
    {
        var head = Words.Join(
            ApiAttributes.Format(method.ReturnParameter.GetCustomAttributesData(), "return: "),
            ApiAttributes.Format(method.GetCustomAttributesData()),
            Modifiers(method));
        var parameters = _signatures.Parameters(method);
        var constraints = Signatures.Constraints(method.GetGenericArguments());
        var returnType = _signatures.ReturnType(method);
        if (Operators.Conversion(method.Name) is { } conversion)
            return new(ApiLineGroup.Operator, method.Name, Words.Join(head, conversion, "operator", $"{returnType}{parameters};"));
        if (Operators.Symbol(method.Name) is { } symbol)
            return new(ApiLineGroup.Operator, method.Name, Words.Join(head, returnType, "operator", $"{symbol}{parameters};"));
        var typeParameters = Signatures.TypeParameters(method.GetGenericArguments());
        return new(ApiLineGroup.Method, method.Name, Words.Join(head, returnType, $"{method.Name}{typeParameters}{parameters}{constraints};"));
    }

    private static string Modifiers(MethodInfo method)
    {
        var inInterface = method.DeclaringType!.IsInterface;
        var parts = new List<string>();
        if (!inInterface || !method.IsPublic)
            parts.Add(Access.Keyword(method));
        if (method.IsStatic)
            parts.Add("static");
        if (inInterface)
        {
            // Interface members are abstract unless they have a body: mark the bodies, the C# way, as virtual.
            if (method.IsStatic && method.IsAbstract)
                parts.Add("abstract");
            else if (method.IsVirtual && !method.IsAbstract)
                parts.Add("virtual");
        }
        else if (method.IsVirtual && method.GetBaseDefinition().DeclaringType != method.DeclaringType)
            parts.Add(method.IsFinal ? "sealed override" : "override");
        else if (method.IsAbstract)
            parts.Add("abstract");
        else if (method.IsVirtual && !method.IsFinal)
            parts.Add("virtual");
        return string.Join(" ", parts);
    }
}
