using System.CommandLine;
using Facturation.Domain.Parties;

namespace Facturation.Host.Cli.Common;

/// <summary>The options of a postal address, e.g. <c>--address-line1 --post-code --city --country</c>, or with a prefix.</summary>
internal sealed class AddressOptions
{
    private readonly Option<string?> _line1;
    private readonly Option<string?> _line2;
    private readonly Option<string?> _postCode;
    private readonly Option<string?> _city;
    private readonly Option<string?> _country;

    /// <summary>Creates the options.</summary>
    /// <param name="prefix">Name prefix, e.g. <c>delivery-</c>.</param>
    /// <param name="what">What the address is, for the help text.</param>
    public AddressOptions(string prefix, string what)
    {
        _line1 = CliOptions.Text($"--{prefix}address-line1", $"First street line of the {what}.");
        _line2 = CliOptions.Text($"--{prefix}address-line2", $"Second street line of the {what} (empty to clear).");
        _postCode = CliOptions.Text($"--{prefix}post-code", $"Post code of the {what}.");
        _city = CliOptions.Text($"--{prefix}city", $"City of the {what}.");
        _country = CliOptions.Text($"--{prefix}country", $"ISO 3166-1 alpha-2 country of the {what} (default FR).");
    }

    public void AddTo(Command command) => CliOptions.AddTo(command, _line1, _line2, _postCode, _city, _country);

    /// <summary>Whether any of the options was given.</summary>
    public bool AnyGiven(ParseResult parse) =>
        new[] { _line1, _line2, _postCode, _city, _country }.Any(o => parse.GetValue(o) is not null);

    /// <summary>The given values over <paramref name="current"/>.</summary>
    public Address Apply(ParseResult parse, Address current) => new()
    {
        Line1 = parse.GetValue(_line1) ?? current.Line1,
        Line2 = CliOptions.Overlay(parse.GetValue(_line2), current.Line2),
        Line3 = current.Line3,
        PostCode = parse.GetValue(_postCode) ?? current.PostCode,
        City = parse.GetValue(_city) ?? current.City,
        Country = parse.GetValue(_country) ?? current.Country,
    };
}
