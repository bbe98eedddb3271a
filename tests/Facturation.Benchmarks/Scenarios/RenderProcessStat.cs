namespace Facturation.Benchmarks.Scenarios;

/// <summary>What <see cref="RenderCpuProbe"/> reads of one /proc/PID/stat, CPU times in clock ticks.</summary>
/// <param name="ParentId">Parent process id.</param>
/// <param name="User">utime: user time of the process.</param>
/// <param name="System">stime: kernel time of the process.</param>
/// <param name="ChildrenUser">cutime: user time of the children it waited for.</param>
/// <param name="ChildrenSystem">cstime: kernel time of the children it waited for.</param>
internal readonly record struct RenderProcessStat(int ParentId, long User, long System, long ChildrenUser, long ChildrenSystem);
