namespace Facturation.Host.Cli.Companies;

/// <summary>One <c>--setting plugin:key=value</c>.</summary>
internal sealed record PluginSetting(string Plugin, string Key, string Value);
