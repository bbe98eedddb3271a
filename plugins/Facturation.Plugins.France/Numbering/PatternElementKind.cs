namespace Facturation.Plugins.France.Numbering;

/// <summary>The parts a number pattern is made of.</summary>
internal enum PatternElementKind
{
    /// <summary>A literal character printed as is.</summary>
    Literal,

    /// <summary><c>{yyyy}</c>: the issue year, four digits.</summary>
    Year,

    /// <summary><c>{yy}</c>: the issue year's last two digits.</summary>
    ShortYear,

    /// <summary><c>{mm}</c>: the issue month, two digits.</summary>
    Month,

    /// <summary><c>{counter:N}</c>: the series' counter, zero-padded to N digits.</summary>
    Counter,
}
