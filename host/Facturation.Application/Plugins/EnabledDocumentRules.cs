using Facturation.Sdk.Rules;
using Facturation.Sdk.Settings;

namespace Facturation.Application.Plugins;

/// <summary>A document rule set a company enables, with the company's settings for its plugin.</summary>
/// <param name="Rules">The rule set.</param>
/// <param name="Settings">Settings of its plugin (defaults applied, validated).</param>
public sealed record EnabledDocumentRules(IDocumentRules Rules, SettingValues Settings);
