using Facturation.Application.Common;
using Spectre.Console;

namespace Facturation.Host.Cli.Common;

/// <summary>
/// The progress of a long command (import, export, a render of many documents) on the terminal, drawn by
/// Spectre.Console on stderr and cleared when the work ends. Silent when stdout or stderr is redirected (a pipe, a
/// file, a test) or with <c>--json</c>: what a script reads is only the command's result.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Whether progress is drawn: a person at a terminal who did not ask for JSON.</summary>
    /// <param name="json">The command's <c>--json</c>.</param>
    /// <returns>True when drawn.</returns>
    public static bool IsShown(bool json) => !json && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, showing what it reports; it gets <see langword="null"/> when nothing is drawn.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="title">What the command does, e.g. <c>Importing customers.csv</c>.</param>
    /// <param name="json">The command's <c>--json</c>.</param>
    /// <param name="work">The work, given where to report.</param>
    /// <returns>The work's result.</returns>
    public static async Task<T> RunAsync<T>(string title, bool json, Func<IProgress<WorkProgress>?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!IsShown(json))
            return await work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title));
                task.IsIndeterminate = true;
                // Drawn now, not at the first tick: a short command shows what it does too.
                context.Refresh();
                var result = await work(new TaskProgress(context, task, title));
                task.StopTask();
                return result;
            });
    }

    /// <summary>Reports onto one Spectre task: the stage as its description, done of total as its bar.</summary>
    private sealed class TaskProgress(ProgressContext context, ProgressTask task, string title) : IProgress<WorkProgress>
    {
        private string? _stage;

        public void Report(WorkProgress value)
        {
            var counted = value.Total is null && value.Done > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({value.Done})") : "";
            task.Description = Markup.Escape($"{title}: {value.Stage}{counted}");
            if (value.Total is { } total && total > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = total;
                task.Value = Math.Min(value.Done, total);
            }
            else
            {
                task.IsIndeterminate = true;
            }
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                context.Refresh();
            }
        }
    }
}
