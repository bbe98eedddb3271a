namespace Facturation.Plugins.Scriban.Rendering;

/// <summary>Text the sandbox writes without escaping: what <c>raw</c> and <c>include</c> return.</summary>
/// <param name="Html">The text.</param>
internal sealed record RawHtml(string Html)
{
    // A raw value passed on to a function (raw x | string.upcase) is plain text again, escaped when printed.
    public override string ToString() => Html;
}
