namespace Facturation.Rendering.Pdf;

/// <summary>How <see cref="ChromiumPdfRenderer"/> runs Debian's Chromium.</summary>
public sealed record ChromiumOptions
{
    /// <summary>Where Debian's package <c>chromium-headless-shell</c> installs Chromium's headless shell: the
    /// printer of choice, about twice as fast per PDF as the full browser (no browser UI, compositor or GPU process).
    /// The binary itself, not the /usr/bin script, which starts it without exec (a shell would sit between
    /// Playwright and the browser, and survive it).</summary>
    public const string HeadlessShellPath = "/usr/lib/chromium/chromium-headless-shell";

    /// <summary>Where Debian's package <c>chromium</c> installs the full browser, used when the shell is missing.</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>The Chromium executable; null means <see cref="HeadlessShellPath"/> when installed, else
    /// <see cref="DefaultExecutablePath"/>. Playwright's own browser download is never used.</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>Pages printed at the same time in the one browser. Default 4; must be at least 1.</summary>
    public int MaxConcurrentPages { get; init; } = 4;

    /// <summary>Time allowed to load and print one document once the browser runs. Default 30 s.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for the browser to start. Default 30 s.</summary>
    public TimeSpan LaunchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The executable actually launched.</summary>
    public string ResolvedExecutablePath =>
        ExecutablePath ?? (File.Exists(HeadlessShellPath) ? HeadlessShellPath : DefaultExecutablePath);

    /// <summary>Throws when a value cannot work, so bad configuration fails at start, not on the first invoice.</summary>
    public void Validate()
    {
        if (ExecutablePath is not null && string.IsNullOrWhiteSpace(ExecutablePath))
            throw new ArgumentException("ChromiumOptions.ExecutablePath must be null (default) or a path.", nameof(ExecutablePath));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentPages, 1, nameof(MaxConcurrentPages));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RenderTimeout, TimeSpan.Zero, nameof(RenderTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LaunchTimeout, TimeSpan.Zero, nameof(LaunchTimeout));
    }
}
