using System.CommandLine;

namespace Facturation.Host.Cli.Companies;

/// <summary><c>--setting plugin:key=value</c>, repeatable: a company's setting for one plugin (an empty value removes it).</summary>
internal static class PluginSettingOption
{
    public static Option<IReadOnlyList<PluginSetting>> Create()
    {
        var option = new Option<IReadOnlyList<PluginSetting>>("--setting")
        {
            Description = "Plugin setting as plugin:key=value, e.g. Facturation.Plugins.SequentialNumbering:prefix.invoice=FA- (repeatable; an empty value removes the key).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };
        option.CustomParser = result =>
        {
            var settings = new List<PluginSetting>();
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                var colon = token.IndexOf(':', StringComparison.Ordinal);
                var equals = token.IndexOf('=', StringComparison.Ordinal);
                if (colon <= 0 || equals <= colon + 1)
                    result.AddError($"Option '--setting': '{token}' is not plugin:key=value.");
                else
                    settings.Add(new PluginSetting(token[..colon], token[(colon + 1)..equals], token[(equals + 1)..]));
            }
            return settings;
        };
        return option;
    }

    /// <summary>The current settings with the given ones applied.</summary>
    public static Dictionary<string, Dictionary<string, string>> Merge(
        IReadOnlyDictionary<string, Dictionary<string, string>> current, IEnumerable<PluginSetting> given)
    {
        var merged = current.ToDictionary(p => p.Key, p => new Dictionary<string, string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var setting in given)
        {
            if (!merged.TryGetValue(setting.Plugin, out var values))
                merged[setting.Plugin] = values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (setting.Value.Length == 0)
                values.Remove(setting.Key);
            else
                values[setting.Key] = setting.Value;
            if (values.Count == 0)
                merged.Remove(setting.Plugin);
        }
        return merged;
    }
}
