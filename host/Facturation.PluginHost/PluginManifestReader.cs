using System.Text.Json;
using System.Text.RegularExpressions;
using Facturation.Sdk.Plugins;

namespace Facturation.PluginHost;

/// <summary>
/// Reads and checks a <c>plugin.json</c>. Strict on purpose: an unknown property is reported (a misspelt
/// <c>entryAsembly</c> would otherwise be ignored silently).
/// </summary>
public static partial class PluginManifestReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly HashSet<string> KnownProperties =
        ["id", "version", "name", "description", "sdk", "entryAssembly", "entryType", "dependencies"];

    /// <summary>Largest manifest accepted, in bytes.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>Reads the manifest of a plugin folder.</summary>
    /// <param name="pluginFolder">The folder holding <c>plugin.json</c>.</param>
    /// <returns>The manifest or the errors.</returns>
    public static ManifestReadResult ReadFolder(string pluginFolder)
    {
        var path = Path.Combine(pluginFolder, PluginManifest.FileName);
        if (!File.Exists(path))
            return Fail($"{PluginManifest.FileName} is missing in '{pluginFolder}'.");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            return Fail($"{PluginManifest.FileName} is {length} bytes; the limit is {MaxBytes}.");
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Parses manifest JSON text.</summary>
    /// <param name="json">The text of a <c>plugin.json</c>.</param>
    /// <returns>The manifest or the errors.</returns>
    public static ManifestReadResult Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return Fail($"{PluginManifest.FileName} is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, " +
                        $"position {(ex.BytePositionInLine ?? 0) + 1}): {ex.Message.Split(" Path:")[0]}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Fail($"{PluginManifest.FileName} must be a JSON object.");
            return Read(document.RootElement);
        }
    }

    private static ManifestReadResult Read(JsonElement root)
    {
        var errors = new List<string>();
        foreach (var property in root.EnumerateObject())
        {
            if (!KnownProperties.Contains(property.Name))
                errors.Add($"'{property.Name}' is not a known property (known: {string.Join(", ", KnownProperties)}).");
        }

        var id = RequiredString(root, "id", errors);
        if (id is not null && !IdPattern().IsMatch(id))
            errors.Add($"'id' must start with a letter and use only letters, digits, '.', '-' or '_' (at most 100); got '{id}'.");

        var version = Parsed(root, "version", errors, t => SemanticVersion.TryParse(t, out var v) ? v : null, "a semantic version such as 1.0.0");
        var sdk = Parsed(root, "sdk", errors, t => VersionRange.TryParse(t, out var r) ? r : null, "an SDK version range such as [1.0.0, 2.0.0)");

        var entryAssembly = OptionalString(root, "entryAssembly", errors) ?? (id is null ? null : id + ".dll");
        if (entryAssembly is not null && (entryAssembly != Path.GetFileName(entryAssembly) || !entryAssembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            errors.Add($"'entryAssembly' must be a .dll file name inside the plugin folder, without a path; got '{entryAssembly}'.");

        var dependencies = ReadDependencies(root, errors);
        if (errors.Count > 0 || id is null || version is null || sdk is null || entryAssembly is null)
            return new ManifestReadResult(null, errors);

        return new ManifestReadResult(
            new PluginManifest(id, version, sdk, entryAssembly)
            {
                EntryType = OptionalString(root, "entryType", errors),
                Name = OptionalString(root, "name", errors),
                Description = OptionalString(root, "description", errors),
                Dependencies = dependencies,
            },
            errors);
    }

    private static List<PluginDependency> ReadDependencies(JsonElement root, List<string> errors)
    {
        var result = new List<PluginDependency>();
        if (!root.TryGetProperty("dependencies", out var array) || array.ValueKind == JsonValueKind.Null)
            return result;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add("'dependencies' must be an array of { \"id\": ..., \"versions\": ... }.");
            return result;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var field = $"dependencies[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"'{field}' must be an object with 'id' and 'versions'.");
                continue;
            }
            var depErrors = new List<string>();
            var depId = RequiredString(item, "id", depErrors);
            var range = Parsed(item, "versions", depErrors, t => VersionRange.TryParse(t, out var r) ? r : null, "a version range such as [1.0.0, 2.0.0)");
            errors.AddRange(depErrors.Select(e => $"{field}: {e}"));
            if (depId is not null && range is not null)
                result.Add(new PluginDependency(depId, range));
        }
        return result;
    }

    private static T? Parsed<T>(JsonElement root, string name, List<string> errors, Func<string, T?> parse, string expected)
        where T : class
    {
        var text = RequiredString(root, name, errors);
        if (text is null)
            return null;
        if (parse(text) is { } value)
            return value;
        errors.Add($"'{name}' must be {expected}; got '{text}'.");
        return null;
    }

    private static string? RequiredString(JsonElement root, string name, List<string> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add($"'{name}' is required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add($"'{name}' must be a non-empty string.");
            return null;
        }
        return value.GetString()!.Trim();
    }

    private static string? OptionalString(JsonElement root, string name, List<string> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        errors.Add($"'{name}' must be a string.");
        return null;
    }

    private static ManifestReadResult Fail(string error) => new(null, [error]);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex IdPattern();
}
