namespace Facturation.Host.Cli.Common;

/// <summary>A checked place to write to (see <see cref="OutputFile.Check"/>).</summary>
/// <param name="Option">The option that gave it, named in messages.</param>
/// <param name="Path">Full path of the file, or of the folder when <paramref name="IsFolder"/>.</param>
/// <param name="IsFolder">A folder: the command names the file in it.</param>
internal sealed record OutputTarget(string Option, string Path, bool IsFolder)
{
    /// <summary>The file to write: this target, or <paramref name="fileName"/> in this folder (itself checked).</summary>
    /// <param name="fileName">The name the command gives the file.</param>
    /// <returns>The file target, or the message naming the option when the file in the folder is not a regular file.</returns>
    public (OutputTarget? Target, string? Error) File(string fileName) =>
        IsFolder ? OutputFile.Check(Option, System.IO.Path.Combine(Path, fileName), folderAllowed: false) : (this, null);
}
