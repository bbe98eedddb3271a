using System.Runtime.InteropServices;

namespace Facturation.Application.Common;

/// <summary>
/// Tells a regular file or folder from what only looks like one, before a command reads or replaces it: devices
/// (<c>/dev/full</c>, <c>/dev/zero</c>), fifos and sockets (opening them blocks or fails), and the files of the
/// kernel's pseudo file systems (<c>/proc/version</c>: size 0, content made on read). Symbolic links are followed.
/// .NET has no public API for a file's type, so on Linux this asks <c>statx(2)</c>, whose layout is the same on every
/// architecture; elsewhere only files and folders are told apart.
/// </summary>
public static partial class PathKinds
{
    // File systems whose files are kernel interfaces, by the names .NET's DriveInfo.DriveFormat gives them.
    private static readonly HashSet<string> KernelFileSystems = new(StringComparer.Ordinal)
    {
        "proc", "sysfs", "devpts", "debugfs", "securityfs", "tracefs", "configfs", "cgroup", "cgroupfs", "cgroup2", "cgroup2fs",
        "bpf", "bpf_fs", "pstore", "pstorefs", "efivarfs", "fusectl", "binfmt_misc", "mqueue", "autofs",
    };

    // statx(2): AT_FDCWD, STATX_TYPE, the offset of stx_mode in struct statx, and the S_IFMT types (inode(7)).
    private const int CurrentFolder = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int NoSuchEntry = 2;
    private const int NotAFolder = 20;

    /// <summary>What <paramref name="path"/> names.</summary>
    /// <param name="path">A path, relative to the current folder or absolute.</param>
    /// <returns>Its kind.</returns>
    public static PathKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var kind = OperatingSystem.IsLinux() ? FileType(path) : Managed(path);
        return kind is PathKind.RegularFile or PathKind.Folder && OnKernelFileSystem(path) ? PathKind.KernelFile : kind;
    }

    /// <summary>The kind in words, for a message: "a character or block device", "a fifo (named pipe)" ...</summary>
    /// <param name="kind">Kind.</param>
    /// <returns>The words.</returns>
    public static string Describe(PathKind kind) => kind switch
    {
        PathKind.Missing => "missing",
        PathKind.RegularFile => "a regular file",
        PathKind.Folder => "a folder",
        PathKind.Device => "a device",
        PathKind.Fifo => "a fifo (named pipe)",
        PathKind.Socket => "a socket",
        PathKind.KernelFile => "a kernel file (/proc, /sys ...)",
        _ => "not accessible",
    };

    private static PathKind FileType(string path)
    {
        var buffer = new byte[256];
        if (Statx(CurrentFolder, path, 0, StatxType, buffer) != 0)
            return Marshal.GetLastPInvokeError() is NoSuchEntry or NotAFolder ? PathKind.Missing : PathKind.Inaccessible;
        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) switch
        {
            0x8000 => PathKind.RegularFile,
            0x4000 => PathKind.Folder,
            0x2000 or 0x6000 => PathKind.Device,
            0x1000 => PathKind.Fifo,
            0xC000 => PathKind.Socket,
            _ => PathKind.Inaccessible,
        };
    }

    private static PathKind Managed(string path) =>
        Directory.Exists(path) ? PathKind.Folder : File.Exists(path) ? PathKind.RegularFile : PathKind.Missing;

    private static bool OnKernelFileSystem(string path)
    {
        try
        {
            return KernelFileSystems.Contains(new DriveInfo(Path.GetFullPath(path)).DriveFormat);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);
}
