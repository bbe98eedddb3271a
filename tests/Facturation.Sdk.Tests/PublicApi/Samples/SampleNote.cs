namespace Facturation.Sdk.Tests.PublicApi.Samples;

/// <summary>A positional record struct, for the listing tests.</summary>
/// <param name="Text">Text.</param>
/// <param name="Amount">Optional amount.</param>
public readonly record struct SampleNote(string Text, decimal? Amount);
