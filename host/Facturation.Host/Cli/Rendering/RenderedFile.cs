using Facturation.Application.Rendering;
using Facturation.Host.Cli.Common;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Rendering;

/// <summary>The end of <c>render</c> and <c>template preview</c>: the rendered document written to its target, then reported.</summary>
internal static class RenderedFile
{
    /// <summary>Writes the rendered document, or prints the refusal; then the blocked requests and the line (or JSON) saying what was written.</summary>
    /// <param name="outcome">What the renderer returned.</param>
    /// <param name="target">Checked target file.</param>
    /// <param name="document">The document rendered, or <see langword="null"/> for a sample.</param>
    /// <param name="json">Machine output requested.</param>
    /// <param name="done">The text line when written.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> WriteAsync(
        Outcome<RenderedDocument> outcome, OutputTarget target, string? document, bool json, Func<RenderedDocument, string> done, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
            return ProblemPrinter.Refused(outcome.Problems, json);
        var rendered = outcome.Value!;
        if (await OutputFile.WriteAsync(target, rendered.Content, cancellationToken) is { } failed)
            return ProblemPrinter.Refused([failed], json);
        foreach (var blocked in rendered.BlockedUrls)
            await Console.Error.WriteLineAsync($"Blocked request from the template: {blocked}");
        if (json)
            JsonOutput.Write(new RenderedView(document, rendered.Layout, rendered.MediaType, target.Path, rendered.Content.Length, rendered.BlockedUrls));
        else
            await Console.Out.WriteLineAsync(done(rendered));
        return ExitCodes.Ok;
    }
}
