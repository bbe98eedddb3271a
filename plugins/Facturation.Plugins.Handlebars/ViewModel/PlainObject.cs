using System.Reflection;
using Facturation.Plugins.Handlebars.Rendering;

namespace Facturation.Plugins.Handlebars.ViewModel;

/// <summary>A record (or other data object) exposing only its public properties and fields.</summary>
internal sealed class PlainObject(object instance, PlainMembers members, RenderBudget budget, PlainPath path) : PlainMap(budget, path)
{
    protected override IReadOnlyCollection<string> Names => members.Names;

    protected override bool Has(string key) => members.TryFind(key, out _);

    protected override bool TryRead(string key, out object? value, out string name)
    {
        if (!members.TryFind(key, out var member))
        {
            value = null;
            name = key;
            return false;
        }

        name = member.Name;
        try
        {
            value = PlainMembers.Read(member, instance);
        }
        catch (TargetInvocationException exception)
        {
            throw new RenderAbortedException($"Reading {Path.Member(name)} failed: {exception.InnerException?.Message}", exception);
        }

        return true;
    }
}
