using System.Collections;
using System.Reflection;

namespace Facturation.Plugins.Scriban.ViewModel;

/// <summary>Values that are not plain data: code, reflection, services and resources, lazy queries.</summary>
internal static class RefusedValues
{
    /// <summary>Why a value may not be copied for a template, or <see langword="null"/> when it may.</summary>
    public static string? Reason(object value) => value switch
    {
        Delegate => "code (a delegate)",
        MemberInfo or Assembly or Module or ParameterInfo => "reflection",
        Task or ValueTask => "a task",
        IServiceProvider => "a service provider",
        IDisposable or IAsyncDisposable => "a resource or service (disposable)",
        IEnumerable and not (ICollection or IDictionary) when !IsReadOnlyCollection(value.GetType()) => "a lazy sequence (read it into a list first)",
        _ when value.GetType().IsPointer || value is IntPtr or UIntPtr => "a pointer",
        _ => null,
    };

    private static bool IsReadOnlyCollection(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>));
}
