namespace Facturation.Application.Common;

/// <summary>What a path names on disk, as far as reading or writing a person's file is concerned (see <see cref="PathKinds"/>).</summary>
public enum PathKind
{
    /// <summary>Nothing at that path (or a folder on the way is missing).</summary>
    Missing,

    /// <summary>A regular file on a real file system.</summary>
    RegularFile,

    /// <summary>A folder on a real file system.</summary>
    Folder,

    /// <summary>A character or block device, e.g. <c>/dev/full</c> or <c>/dev/zero</c>.</summary>
    Device,

    /// <summary>A named pipe: opening it blocks until the other end opens.</summary>
    Fifo,

    /// <summary>A Unix socket: it cannot be opened as a file.</summary>
    Socket,

    /// <summary>
    /// A file or folder of a kernel pseudo file system (<c>/proc</c>, <c>/sys</c> ...): its size says nothing of its
    /// content and writing to it talks to the kernel.
    /// </summary>
    KernelFile,

    /// <summary>The path cannot be examined (permission denied on a folder on the way, a loop of links ...).</summary>
    Inaccessible,
}
