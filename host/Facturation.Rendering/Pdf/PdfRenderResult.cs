using System.Diagnostics.CodeAnalysis;

namespace Facturation.Rendering.Pdf;

/// <summary>The PDF, or why there is none; in both cases the URLs the document tried to reach and was denied.</summary>
public sealed record PdfRenderResult
{
    private PdfRenderResult(ReadOnlyMemory<byte> pdf, PdfRenderFailure? failure, string? error, IReadOnlyList<string> blockedUrls)
    {
        Pdf = pdf;
        Failure = failure;
        Error = error;
        BlockedUrls = blockedUrls;
    }

    /// <summary>The PDF document (starts with <c>%PDF</c>); empty when the render failed.</summary>
    public ReadOnlyMemory<byte> Pdf { get; }

    /// <summary>Why the render failed, or null when it succeeded.</summary>
    public PdfRenderFailure? Failure { get; }

    /// <summary>A message for the user or the log saying what to do, or null when the render succeeded.</summary>
    public string? Error { get; }

    /// <summary>Every URL other than <c>data:</c> the document asked for; none was fetched.</summary>
    public IReadOnlyList<string> BlockedUrls { get; }

    /// <summary>Whether <see cref="Pdf"/> holds a document.</summary>
    [MemberNotNullWhen(false, nameof(Failure), nameof(Error))]
    public bool Succeeded => Failure is null;

    /// <summary>A rendered PDF.</summary>
    public static PdfRenderResult Success(ReadOnlyMemory<byte> pdf, IReadOnlyList<string> blockedUrls) =>
        new(pdf, failure: null, error: null, blockedUrls);

    /// <summary>A render that could not produce a PDF, with a message saying what to do.</summary>
    public static PdfRenderResult Failed(PdfRenderFailure failure, string error, IReadOnlyList<string>? blockedUrls = null) =>
        new(ReadOnlyMemory<byte>.Empty, failure, error, blockedUrls ?? []);
}
