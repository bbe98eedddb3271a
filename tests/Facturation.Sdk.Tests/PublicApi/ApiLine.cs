namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>One line of the public API listing with what it is sorted by.</summary>
/// <param name="Group">Kind of member: fields, constructors, properties, events, methods, operators.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Text">The C#-like signature.</param>
internal sealed record ApiLine(ApiLineGroup Group, string Name, string Text);
