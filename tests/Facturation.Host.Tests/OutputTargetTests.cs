namespace Facturation.Host.Tests;

/// <summary>
/// Where commands write: only a regular file or a folder. A device, a /proc file or a fifo is refused naming the option
/// (exit code 2, the target untouched); a write that fails (disk full) is one line, exit code 1, nothing left behind.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly CliSession _cli = new();

    [Fact]
    public async Task Render_ToADevice_IsRefusedNamingTheOption_AndTheDeviceStaysADevice()
    {
        var number = await IssueAsync();

        var (exitCode, _, stderr) = await _cli.RunAsync("render", number, "--company", "acme", "--format", "html", "--out", "/dev/full");

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--out': '/dev/full' is a device, not a regular file.", stderr, StringComparison.Ordinal);
        Assert.Equal("character special file", (await RunAsync("stat", "-c", "%F", "/dev/full")).Trim());
    }

    [Fact]
    public async Task ExportJson_ToAProcFile_IsRefusedNamingTheOption()
    {
        var (exitCode, _, stderr) = await _cli.RunAsync("export", "json", "--out", "/proc/version");

        Assert.Equal(2, exitCode);
        Assert.Contains("Option '--out': '/proc/version' is a kernel file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAndExport_ToAFifo_AreRefusedWithoutWaitingForAReader()
    {
        var number = await IssueAsync();
        var fifo = Path.Combine(_cli.DataFolder, "pipe");
        await RunAsync("mkfifo", fifo);

        var render = await _cli.RunAsync("render", number, "--company", "acme", "--format", "html", "--out", fifo);
        var fec = await _cli.RunAsync("export", "fec", "--company", "acme", "--fiscal-year-end", $"{CliSession.Year}-12-31", "--out", fifo);

        Assert.Equal(2, render.ExitCode);
        Assert.Contains($"Option '--out': '{fifo}' is a fifo (named pipe), not a regular file.", render.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, fec.ExitCode);
        Assert.Contains($"Option '--out': '{fifo}' is a fifo (named pipe), not a folder.", fec.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OnAFullDisk_SaysSoInOneLine_ExitsWith1_AndLeavesNothingBehind()
    {
        var number = await IssueAsync();
        var full = Directory.CreateDirectory(Path.Combine(_cli.DataFolder, "full")).FullName;
        // A small RAM file system, filled up, mounted in a user and mount namespace of its own (no privilege needed):
        // the disk-full error (ENOSPC) is real. What is left in it is listed before the namespace goes.
        const string Script = """
            mount -t tmpfs -o size=16k tmpfs "$OUT" || exit 97
            dd if=/dev/zero of="$OUT/filler" bs=4k count=4 2>/dev/null
            "$@"; code=$?
            echo "LEFT: $(ls -A "$OUT" | tr '\n' ' ')"
            exit $code
            """;
        var environment = new Dictionary<string, string> { ["FACTURATION_DATA"] = _cli.DataFolder, ["OUT"] = full };

        var (exitCode, stdout, stderr) = await FacturationProcess.RunProgramAsync("unshare", environment, TimeSpan.FromMinutes(2),
            "--user", "--map-root-user", "--mount", "sh", "-c", Script, "sh",
            FacturationProcess.Executable, "render", number, "--company", "acme", "--format", "html", "--out", Path.Combine(full, "invoice.html"), "--json");

        Assert.True(exitCode == 1, $"exit code {exitCode}: {stderr}");
        var failure = Assert.Single(stderr.Split('\n'), l => l.Contains("invoice.html", StringComparison.Ordinal));
        Assert.Equal($"--out: Cannot write '{Path.Combine(full, "invoice.html")}': No space left on device. Nothing was written. (output.write-failed)", failure);
        Assert.Contains("\"code\": \"output.write-failed\"", stdout, StringComparison.Ordinal);
        Assert.Contains("LEFT: filler \n", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private async Task<string> IssueAsync()
    {
        await _cli.CreateCompanyAndCustomerAsync("acme");
        var id = await _cli.OkAsync("invoice", "create", "--company", "acme", "--customer", "c1");
        await _cli.OkAsync("invoice", "add-line", id, "--description", "Conseil", "--quantity", "1", "--price", "100");
        return await _cli.OkAsync("invoice", "issue", id);
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await FacturationProcess.RunProgramAsync(program, null, TimeSpan.FromMinutes(1), arguments);
        Assert.True(exitCode == 0, $"{program} exited {exitCode}: {stderr}");
        return stdout;
    }
}
