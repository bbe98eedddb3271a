namespace Facturation.Sdk.Tests.PublicApi.Samples;

/// <summary>An enum declared out of value order, to check the listing sorts members by value.</summary>
public enum SampleStatus
{
    Issued = 2,
    None = 0,
    Cancelled = -1,
    Draft = 1,
}
