namespace Facturation.Plugins.EInvoicing.FacturX.Pdf;

/// <summary>Where an object lives: at a byte offset, or (when <see cref="StreamNumber"/> is set) at an index inside
/// an object stream (§7.5.7).</summary>
/// <param name="Offset">Byte offset of <c>n g obj</c>, or the index in the object stream.</param>
/// <param name="Generation">Generation number (0 inside object streams).</param>
/// <param name="StreamNumber">The object stream holding the object, <see langword="null"/> for an object at an offset.</param>
internal sealed record XrefEntry(long Offset, int Generation, int? StreamNumber = null);
