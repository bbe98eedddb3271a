using Facturation.Application.Journal;

namespace Facturation.Application.Tests.Journal;

public sealed class JournalFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("facturation-journal-");

    [Fact]
    public void KeyFile_Create_Writes32RandomBytesReadableByTheOwnerOnly()
    {
        var path = Path.Combine(_folder.FullName, "journal.key");

        var created = JournalKeyFile.Create(path);

        Assert.True(created.Succeeded);
        Assert.Equal(32, new FileInfo(path).Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.False(JournalKeyFile.IsExposed(path));
        var head = SignedChainHead.Create("acme", Guid.NewGuid(), new JournalChainHead(1, new string('a', 64)), DateTimeOffset.UnixEpoch, created.Value!);
        Assert.True(head.IsSignedWith(JournalKeyFile.Read(path).GetValueOrThrow()));
    }

    [Fact]
    public void KeyFile_CreateOverAnExistingFile_IsRefused()
    {
        var path = Path.Combine(_folder.FullName, "journal.key");
        File.WriteAllText(path, "keep me");

        var created = JournalKeyFile.Create(path);

        Assert.Equal("key-file.exists", Assert.Single(created.Problems).Code);
        Assert.Equal("keep me", File.ReadAllText(path));
    }

    [Fact]
    public void KeyFile_ReadAFileOfTheWrongLength_IsRefusedNamingTheRule()
    {
        var path = Path.Combine(_folder.FullName, "head.json");
        File.WriteAllText(path, "{\"not\":\"a key\"}");

        var read = JournalKeyFile.Read(path);

        var problem = Assert.Single(read.Problems);
        Assert.Equal("key-file.invalid", problem.Code);
        Assert.Contains("exactly 32 random bytes", problem.Message, StringComparison.Ordinal);
        Assert.Equal("key-file.missing", Assert.Single(JournalKeyFile.Read(path + ".none").Problems).Code);
    }

    [Fact]
    public void HeadFile_WrittenThenRead_KeepsAVerifiableSignature()
    {
        var key = JournalKey.Generate();
        var path = Path.Combine(_folder.FullName, "head.json");
        var exportedAt = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);
        var head = SignedChainHead.Create("acme", Guid.NewGuid(), new JournalChainHead(12, new string('b', 64)), exportedAt, key);

        ChainHeadFile.Write(path, head);
        var read = ChainHeadFile.Read(path).GetValueOrThrow();

        Assert.Equal(head, read);
        Assert.True(read.IsSignedWith(key));
        var text = File.ReadAllText(path);
        Assert.All(new[] { "companyCode", "companyId", "sequence", "entryHash", "exportedAt", "hmac" },
            name => Assert.Contains($"\"{name}\"", text, StringComparison.Ordinal));
        Assert.False((read with { Sequence = 11 }).IsSignedWith(key));
    }

    [Fact]
    public void HeadFile_NotAHead_IsRefused()
    {
        var path = Path.Combine(_folder.FullName, "head.json");
        File.WriteAllText(path, "{\"companyCode\":\"acme\"}");

        Assert.Equal("head-file.invalid", Assert.Single(ChainHeadFile.Read(path).Problems).Code);
        Assert.Equal("head-file.missing", Assert.Single(ChainHeadFile.Read(path + ".none").Problems).Code);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
