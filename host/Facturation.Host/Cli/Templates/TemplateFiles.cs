using Facturation.Application.Templates;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli.Templates;

/// <summary>The template and partial files <c>template set</c> and <c>template preview</c> read.</summary>
internal static class TemplateFiles
{
    /// <summary>A template file, or the message naming the option.</summary>
    public static Task<(string? Text, string? Error)> ReadAsync(FileInfo file, string option, CancellationToken cancellationToken) =>
        OptionFile.ReadTextAsync(option, file, TemplateService.MaxTextBytes, cancellationToken);

    /// <summary>The partials given as <c>--partial name=path</c>, or the message naming the first bad one.</summary>
    public static async Task<(Dictionary<string, string>? Partials, string? Error)> ReadPartialsAsync(
        IReadOnlyList<KeyValuePair<string, string>> given, CancellationToken cancellationToken)
    {
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in given)
        {
            var read = await ReadAsync(new FileInfo(path), $"--partial {name}", cancellationToken);
            if (read.Error is { } error)
                return (null, error);
            partials[name] = read.Text!;
        }
        return (partials, null);
    }

    /// <summary>Who saves, by default: the session's user name.</summary>
    public static string CurrentUser() =>
        Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;
}
