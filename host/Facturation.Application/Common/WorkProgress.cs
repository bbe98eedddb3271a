namespace Facturation.Application.Common;

/// <summary>How far a long use case (an import, an export) is, for a door to show: the stage, and done of total when known.</summary>
/// <param name="Stage">What is being done, e.g. <c>Checking 1200 records</c>.</param>
/// <param name="Done">Units done so far in this stage.</param>
/// <param name="Total">Units in this stage, or <see langword="null"/> when not known in advance.</param>
public sealed record WorkProgress(string Stage, long Done = 0, long? Total = null);
