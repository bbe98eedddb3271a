namespace Facturation.Sdk.Numbering;

/// <summary>What a numbering scheme promises.</summary>
/// <param name="MayLeaveGaps">
/// Whether numbers may skip values (e.g. a scheme for pro-formas). A legal invoice series must be
/// continuous (CGI art. 242 nonies A): the host refuses a gap-allowing scheme for invoices and credit notes.
/// </param>
public sealed record NumberingCapabilities(bool MayLeaveGaps);
