namespace Facturation.Application.Tests.EInvoicing.Conformance;

/// <summary>What one Saxon process said: its exit code, its messages (compile errors, xsl:message) and how long it took.</summary>
internal sealed record SaxonRun(int ExitCode, string Messages, TimeSpan Elapsed);
