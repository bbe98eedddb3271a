using System.CommandLine;
using System.CommandLine.Invocation;
using Facturation.Application.Journal;
using Facturation.Host.Cli.Common;
using Facturation.Persistence;
using Facturation.Sdk.Common;

namespace Facturation.Host.Cli;

/// <summary>
/// <c>facturation journal init-key|export-head|verify</c>: the integrity journal's checks. Exit codes: 0 intact,
/// 1 problems found (each naming the document), 2 bad arguments (unknown company, missing or bad file).
/// </summary>
internal static class JournalCommands
{
    public static Command Create()
    {
        var journal = new Command("journal", "Verify the integrity journal (hash chain of issued documents) and export its signed head.");
        journal.Subcommands.Add(InitKey());
        journal.Subcommands.Add(ExportHead());
        journal.Subcommands.Add(Verify());
        return journal;
    }

    private static Command InitKey()
    {
        var output = new Option<FileInfo>("--out") { Description = "Key file to create (never overwritten). Keep it outside the database folder and its backups.", Required = true };
        var json = CliOptions.Json();
        var command = new Command("init-key", "Create a random 32-byte key file (mode 0600) to sign exported chain heads.") { output, json };
        // No database needed: the key must never live in it.
        command.Action = new OfflineAction(parse =>
        {
            var path = parse.GetValue(output)!.FullName;
            if (OutputFile.Check("--out", path, folderAllowed: false).Error is { } target)
                return ProblemPrinter.BadArgument(target);
            var created = JournalKeyFile.Create(path);
            if (!created.Succeeded)
                return BadOption("--out", created.Problems);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(new { Path = path, Bytes = JournalKey.Length });
            }
            else
            {
                Console.Out.WriteLine($"Journal key written to {path} ({JournalKey.Length} random bytes, readable by its owner only).");
                Console.Out.WriteLine("Keep it outside the database folder and its backups: whoever holds both can forge a head.");
            }
            WarnIfBesideTheDatabase(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ExportHead()
    {
        var company = CliOptions.Company();
        var keyFile = new Option<FileInfo>("--key-file") { Description = "Key file made by 'journal init-key'.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Head file to write (JSON).", Required = true };
        var json = CliOptions.Json();
        var command = new Command("export-head", "Verify the chain, then write its head signed with HMAC-SHA256 under a key kept outside the database.")
        {
            company, keyFile, output, json,
        };
        CliAction.Bind<JournalVerifier>(command, async (parse, verifier, cancellationToken) =>
        {
            var key = ReadKey(parse.GetValue(keyFile)!);
            if (!key.Succeeded)
                return BadOption("--key-file", key.Problems);
            var (target, targetError) = OutputFile.Check("--out", parse.GetValue(output)!.FullName, folderAllowed: false);
            if (targetError is not null)
                return ProblemPrinter.BadArgument(targetError);
            var exported = await verifier.ExportHeadAsync(parse.GetValue(company)!, key.Value!, cancellationToken);
            if (!exported.Succeeded)
                return BadOption("--company", exported.Problems);
            var (report, head) = exported.Value!;
            if (head is null)
            {
                Print(report, parse.GetValue(json));
                Console.Error.WriteLine($"Nothing signed: the journal of {report.CompanyCode} has {report.Problems.Count} problem(s).");
                return ExitCodes.Refused;
            }
            if (await OutputFile.WriteAsync(target!, ChainHeadFile.Content(head), cancellationToken) is { } failed)
                return ProblemPrinter.Refused([failed], parse.GetValue(json));
            if (parse.GetValue(json))
                JsonOutput.Write(head);
            else
                Console.Out.WriteLine($"Head of {head.CompanyCode} signed: entry {head.Sequence}, hash {head.EntryHash}, written to {target!.Path}.");
            return ExitCodes.Ok;
        }, DatabaseAccess.ReadOnly);
        return command;
    }

    private static Command Verify()
    {
        var company = CliOptions.Company();
        var headFile = new Option<FileInfo?>("--head") { Description = "A head file exported earlier: the chain must still hold it (detects a rewrite of the whole chain)." };
        var keyFile = new Option<FileInfo?>("--key-file") { Description = "The key that signed --head." };
        var json = CliOptions.Json();
        var command = new Command("verify", "Check the chain and every journaled document; names each altered, deleted or reordered document.")
        {
            company, headFile, keyFile, json,
        };
        CliAction.Bind<JournalVerifier>(command, async (parse, verifier, cancellationToken) =>
        {
            var check = HeadCheck(parse.GetValue(headFile), parse.GetValue(keyFile));
            if (!check.Succeeded)
                return ProblemPrinter.BadArgument(check.Problems[0].Message);
            var verified = await verifier.VerifyAsync(parse.GetValue(company)!, check.Value!.Check, cancellationToken);
            if (!verified.Succeeded)
                return BadOption("--company", verified.Problems);
            Print(verified.Value!, parse.GetValue(json));
            return verified.Value!.Intact ? ExitCodes.Ok : ExitCodes.Refused;
        }, DatabaseAccess.ReadOnly);
        return command;
    }

    private static Outcome<OptionalHeadCheck> HeadCheck(FileInfo? headFile, FileInfo? keyFile)
    {
        if (headFile is null && keyFile is null)
            return Outcome<OptionalHeadCheck>.Success(new OptionalHeadCheck(null));
        if (headFile is null)
            return Outcome<OptionalHeadCheck>.Failure("arguments", "--key-file is only used with --head (the head file it signed).");
        if (keyFile is null)
            return Outcome<OptionalHeadCheck>.Failure("arguments", "--head needs --key-file (the key that signed it).");
        var key = ReadKey(keyFile);
        if (!key.Succeeded)
            return Outcome<OptionalHeadCheck>.Failure("arguments", "--key-file: " + key.Problems[0].Message);
        var head = ChainHeadFile.Read(headFile.FullName);
        if (!head.Succeeded)
            return Outcome<OptionalHeadCheck>.Failure("arguments", "--head: " + head.Problems[0].Message);
        return Outcome<OptionalHeadCheck>.Success(new OptionalHeadCheck(new ChainHeadCheck(head.Value!, key.Value!)));
    }

    private static Outcome<JournalKey> ReadKey(FileInfo file)
    {
        var key = JournalKeyFile.Read(file.FullName);
        if (key.Succeeded && JournalKeyFile.IsExposed(file.FullName))
            Console.Error.WriteLine($"Warning: key file '{file.FullName}' is readable by others than its owner (chmod 600 it).");
        return key;
    }

    private static void Print(JournalReport report, bool json)
    {
        if (json)
        {
            JsonOutput.Write(report);
            return;
        }
        Console.Out.WriteLine($"Journal of {report.CompanyCode}: {report.EntriesChecked} entries checked; head: entry {report.Head.Sequence}, hash {report.Head.EntryHash}.");
        if (report.HeadChecked)
            Console.Out.WriteLine("Signed head checked.");
        if (report.Intact)
        {
            Console.Out.WriteLine("Intact.");
            return;
        }
        Console.Out.WriteLine($"{report.Problems.Count} problem(s):");
        foreach (var problem in report.Problems)
            Console.Out.WriteLine($"  {(problem.Sequence is { } sequence ? $"entry {sequence}" : "-")}: {problem.Message} ({problem.Code})");
    }

    private static int BadOption(string option, IReadOnlyList<Sdk.Common.Problem> problems) =>
        ProblemPrinter.BadArgument(string.Join(Environment.NewLine, problems.Select(p => $"{option}: {p.Message}")));

    private static void WarnIfBesideTheDatabase(string keyPath)
    {
        var data = Path.TrimEndingDirectorySeparator(DataPaths.DataDirectory) + Path.DirectorySeparatorChar;
        if (keyPath.StartsWith(data, StringComparison.Ordinal))
            Console.Error.WriteLine($"Warning: the key is inside the data folder {data}; move it elsewhere so a copy of the data does not carry the key.");
    }

    /// <summary>A head check or none (an outcome's value cannot be null).</summary>
    private sealed record OptionalHeadCheck(ChainHeadCheck? Check);

    /// <summary>An action that needs no database; bad arguments exit with 2, like <see cref="CliAction"/>.</summary>
    private sealed class OfflineAction(Func<ParseResult, int> handler) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var errors = parseResult.Errors.Select(e => e.Message).Concat(parseResult.UnmatchedTokens.Select(t => $"Unrecognized argument '{t}'.")).ToList();
            return errors.Count > 0 ? ProblemPrinter.BadArgument(string.Join(Environment.NewLine, errors)) : handler(parseResult);
        }
    }
}
