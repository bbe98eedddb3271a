using System.CommandLine;
using Facturation.Application.Branding;
using Facturation.Host.Cli.Common;

namespace Facturation.Host.Cli;

/// <summary><c>facturation company branding set|show</c>: logo, colours, font and footer of a company's documents.</summary>
internal static class BrandingCommands
{
    // Larger files are refused before they are read; the service applies the real limits (1 MB PNG, 256 KB SVG, 2 MB font).
    private const long MaxFileBytes = 16 * 1024 * 1024;

    public static Command Create()
    {
        var branding = new Command("branding", "A company's look on its documents: logo, colours, font and footer text.");
        branding.Subcommands.Add(Set());
        branding.Subcommands.Add(Show());
        return branding;
    }

    private static Command Set()
    {
        var company = CliOptions.Company();
        var logo = new Option<FileInfo?>("--logo") { Description = "Logo file: .png (at most 1 MB, 2000×2000 px) or .svg (at most 256 KB; sanitised before it is stored)." };
        var primary = CliOptions.Text("--primary-color", "Headings and rules colour, #rrggbb (an empty text restores the default).");
        var accent = CliOptions.Text("--accent-color", "Table header background, #rrggbb (an empty text restores the default).");
        var family = CliOptions.Text("--font-family", "An installed font family (e.g. 'DejaVu Serif'), or the name to give --font-file (an empty text restores the default).");
        var fontFile = new Option<FileInfo?>("--font-file") { Description = "A font to embed in the documents: .ttf, .otf or .woff2, at most 2 MB (needs --font-family)." };
        var footer = CliOptions.Text("--footer", "Footer text printed on every document, at most 500 characters (an empty text removes it).");
        var removeLogo = new Option<bool>("--remove-logo") { Description = "Remove the logo." };
        var removeFont = new Option<bool>("--remove-font") { Description = "Remove the uploaded font (and the family that named it)." };
        var json = CliOptions.Json();
        var command = new Command("set", "Change a company's branding; options not given keep their value. Each change is a new revision: documents issued before it keep their look, new ones and previews take it.")
        {
            company, logo, primary, accent, family, fontFile, footer, removeLogo, removeFont, json,
        };
        CliAction.Bind<BrandingService>(command, async (parse, service, cancellationToken) =>
        {
            LogoKind? kind = null;
            byte[]? logoBytes = null;
            if (parse.GetValue(logo) is { } logoFile)
            {
                kind = Path.GetExtension(logoFile.Name).ToUpperInvariant() switch
                {
                    ".PNG" => LogoKind.Png,
                    ".SVG" => LogoKind.Svg,
                    _ => null,
                };
                if (kind is null)
                    return ProblemPrinter.BadArgument($"Option '--logo': '{logoFile.Name}' must be a .png or .svg file.");
                (logoBytes, var error) = await OptionFile.ReadAsync("--logo", logoFile, MaxFileBytes, cancellationToken);
                if (error is not null)
                    return ProblemPrinter.BadArgument(error);
            }
            byte[]? fontBytes = null;
            if (parse.GetValue(fontFile) is { } font)
            {
                (fontBytes, var error) = await OptionFile.ReadAsync("--font-file", font, MaxFileBytes, cancellationToken);
                if (error is not null)
                    return ProblemPrinter.BadArgument(error);
            }
            var input = new BrandingInput
            {
                Logo = logoBytes,
                LogoKind = kind,
                RemoveLogo = parse.GetValue(removeLogo),
                PrimaryColor = parse.GetValue(primary),
                AccentColor = parse.GetValue(accent),
                FontFamily = parse.GetValue(family),
                FontFile = fontBytes,
                RemoveFont = parse.GetValue(removeFont),
                FooterText = parse.GetValue(footer),
            };
            var asJson = parse.GetValue(json);
            return ProblemPrinter.Report(await service.SetAsync(parse.GetValue(company)!, input, cancellationToken), asJson, summary =>
            {
                if (asJson)
                    JsonOutput.Write(summary);
                else
                    Console.Out.WriteLine($"Branding of company {summary.CompanyCode} updated.");
            });
        });
        return command;
    }

    private static Command Show()
    {
        var company = CliOptions.Company();
        var json = CliOptions.Json();
        var command = new Command("show", "Show a company's branding (defaults for what is not set).") { company, json };
        CliAction.Bind<BrandingService>(command, async (parse, service, cancellationToken) =>
        {
            var asJson = parse.GetValue(json);
            return ProblemPrinter.Report(await service.GetAsync(parse.GetValue(company)!, cancellationToken), asJson, summary =>
            {
                if (asJson)
                {
                    JsonOutput.Write(summary);
                    return;
                }
                var table = new TextTable("FIELD", "VALUE");
                table.Add("company", summary.CompanyCode);
                table.Add("revision", summary.Revision == 0 ? "(never set)" : Invariant.Text(summary.Revision));
                table.Add("logo", summary.LogoMediaType is null ? "(none)" : $"{summary.LogoMediaType}, {Invariant.Text(summary.LogoBytes)} bytes");
                table.Add("primary colour", summary.PrimaryColor ?? "(default)");
                table.Add("accent colour", summary.AccentColor ?? "(default)");
                table.Add("font family", summary.FontFamily ?? "(default)");
                table.Add("font file", summary.FontMediaType is null ? "(none)" : $"{summary.FontMediaType}, {Invariant.Text(summary.FontBytes)} bytes");
                table.Add("footer", summary.FooterText ?? "(none)");
                table.Add("updated", summary.UpdatedAt?.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture) ?? "(never set)");
                Console.Out.Write(table.Render());
            });
        });
        return command;
    }
}
