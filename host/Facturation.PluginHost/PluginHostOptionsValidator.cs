using Microsoft.Extensions.Options;

namespace Facturation.PluginHost;

/// <summary>Checks <see cref="PluginHostOptions"/> at start, so bad configuration fails at boot with the key named.</summary>
public sealed class PluginHostOptionsValidator : IValidateOptions<PluginHostOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PluginHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Directory))
            failures.Add($"{PluginHostOptions.SectionName}:Directory must name a folder (default 'plugins').");
        else if (options.Directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{PluginHostOptions.SectionName}:Directory '{options.Directory}' contains characters not allowed in a path.");
        for (var i = 0; i < options.Disabled.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Disabled[i]))
                failures.Add($"{PluginHostOptions.SectionName}:Disabled:{i} is empty; give a plugin id.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
