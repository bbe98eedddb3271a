using Facturation.Sdk.Common;

namespace Facturation.Host.Cli.Common;

/// <summary>A problem as printed by <c>--json</c>: the field at fault, the machine code, the published rule it breaks
/// (e.g. <c>BR-CO-15</c>; null when it is not a published rule) and the message.</summary>
internal sealed record ProblemView(string? Field, string Code, string? RuleId, string Message)
{
    public static ProblemView From(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ProblemView(problem.Field, problem.Code, problem.RuleId, problem.Message);
    }
}
