namespace Facturation.Host.Cli.Templates;

/// <summary>One partial of a layout version, as <c>template show --partial &lt;name&gt; --json</c> prints it.</summary>
internal sealed record TemplatePartialView(string Layout, string Language, int Version, string Partial, string Text);
