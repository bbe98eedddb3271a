namespace Facturation.Sdk.Tests.PublicApi;

/// <summary>Member kinds in the order they are listed within a type.</summary>
internal enum ApiLineGroup
{
    EnumMember,
    Constant,
    Field,
    Constructor,
    Property,
    Event,
    Method,
    Operator,
}
