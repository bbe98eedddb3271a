using System.Diagnostics;
using Facturation.Application.Common;

namespace Facturation.Application.Tests.Rules;

/// <summary>What a path is, reading a person's file with a bound, and writing a file whole or not at all.</summary>
public sealed class FileSafetyTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-files-");

    [Fact]
    public void PathKinds_TellRegularFilesAndFoldersFromDevicesFifosAndKernelFiles()
    {
        var file = Path.Combine(_folder.FullName, "a.txt");
        File.WriteAllText(file, "x");
        var fifo = Path.Combine(_folder.FullName, "pipe");
        Run("mkfifo", fifo);
        var link = Path.Combine(_folder.FullName, "link-to-full");
        File.CreateSymbolicLink(link, "/dev/full");

        Assert.Equal(PathKind.RegularFile, PathKinds.Of(file));
        Assert.Equal(PathKind.Folder, PathKinds.Of(_folder.FullName));
        Assert.Equal(PathKind.Missing, PathKinds.Of(Path.Combine(_folder.FullName, "none")));
        Assert.Equal(PathKind.Missing, PathKinds.Of(Path.Combine(file, "under-a-file")));
        Assert.Equal(PathKind.Device, PathKinds.Of("/dev/full"));
        Assert.Equal(PathKind.Device, PathKinds.Of("/dev/zero"));
        Assert.Equal(PathKind.Device, PathKinds.Of(link));
        Assert.Equal(PathKind.Fifo, PathKinds.Of(fifo));
        Assert.Equal(PathKind.KernelFile, PathKinds.Of("/proc/version"));
        Assert.Equal(PathKind.KernelFile, PathKinds.Of("/proc"));
    }

    [Fact]
    public async Task InputFile_RefusesDevicesAndFifosBeforeOpening_AndBigFilesBeforeReading()
    {
        var fifo = Path.Combine(_folder.FullName, "pipe");
        Run("mkfifo", fifo);
        var big = Path.Combine(_folder.FullName, "big.json");
        await File.WriteAllBytesAsync(big, new byte[2048]);

        var zero = await InputFile.ReadAsync("/dev/zero", 1024, "file", default);
        var pipe = await InputFile.ReadAsync(fifo, 1024, "file", default);
        var proc = await InputFile.ReadAsync("/proc/self/status", 1024, "file", default);
        var tooBig = await InputFile.ReadAsync(big, 1024, "--file", default);
        var fits = await InputFile.ReadAsync(big, 2048, "--file", default);

        Assert.Equal(("file.not-regular", "file"), (zero.Problems[0].Code, zero.Problems[0].Field));
        Assert.Contains("is a device", zero.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("file.not-regular", pipe.Problems[0].Code);
        Assert.Equal("file.not-regular", proc.Problems[0].Code);
        Assert.Equal(("file.too-large", "--file"), (tooBig.Problems[0].Code, tooBig.Problems[0].Field));
        Assert.Contains("the limit is 1 KB", tooBig.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(2048, fits.Value!.Length);
    }

    [Fact]
    public void FirstInvalidUtf8_GivesTheOffsetAndLine()
    {
        byte[] text = [.. "{\n  \"name\": \"Caf"u8, 0xE9, .. "\"\n}"u8];

        Assert.Null(InputFile.FirstInvalidUtf8("{\n \"name\": \"Café\" }"u8));
        Assert.Equal((16L, 2), InputFile.FirstInvalidUtf8(text));
    }

    [Fact]
    public async Task AtomicFile_ReplacesTheTargetWhole_OrLeavesItAsItWas()
    {
        var target = Path.Combine(_folder.FullName, "export.json");
        await File.WriteAllTextAsync(target, "old");

        await AtomicFile.WriteAsync(target, "new"u8.ToArray(), default);
        var declined = await AtomicFile.WriteAsync(target, async (stream, token) =>
        {
            await stream.WriteAsync("half"u8.ToArray(), token);
            return false;
        }, default);
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => AtomicFile.WriteAsync(target, async (stream, token) =>
        {
            await stream.WriteAsync("half"u8.ToArray(), token);
            throw new InvalidOperationException("the writer broke");
        }, default));

        Assert.False(declined);
        Assert.Equal("the writer broke", thrown.Message);
        Assert.Equal("new", await File.ReadAllTextAsync(target));
        Assert.Equal(["export.json"], _folder.GetFiles().Select(f => f.Name));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(program, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
