namespace Facturation.Application.Common;

/// <summary>
/// Checks against the code lists documents use: ISO 4217 currencies, ISO 3166-1 alpha-2 countries and the
/// UN/ECE Recommendation 20/21 units invoices use most. Facts from the published lists, kept here so the
/// check does not depend on the machine's ICU data.
/// </summary>
public static class CodeLists
{
    // ISO 4217 active alphabetic codes.
    private static readonly HashSet<string> Currencies = Split("""
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
        CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
        HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
        MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
        RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
        USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
        """);

    // ISO 3166-1 alpha-2 officially assigned codes.
    private static readonly HashSet<string> Countries = Split("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
        FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
        JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
        MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
        PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
        TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """);

    // UN/ECE Rec 20/21 codes invoices use most (Rec 20 has about 2,000; extend as customers need).
    private static readonly HashSet<string> Units = Split("""
        C62 H87 EA XPP HUR MIN SEC DAY WEE MON ANN KGM GRM TNE LTR MLT MTQ MTR CMT MMT KMT MTK KWH MWH SET PR XBX XPK
        XPX XCT LS E48 QAN HAR KTM NAR NPR XRO XBG XSA
        """);

    /// <summary>Whether a currency code is an active ISO 4217 code.</summary>
    /// <param name="code">Code.</param>
    /// <returns>True when known.</returns>
    public static bool IsCurrency(string? code) => code is not null && Currencies.Contains(code);

    /// <summary>Whether a country code is an ISO 3166-1 alpha-2 code.</summary>
    /// <param name="code">Code.</param>
    /// <returns>True when known.</returns>
    public static bool IsCountry(string? code) => code is not null && Countries.Contains(code);

    /// <summary>Whether a unit code is in the supported part of UN/ECE Rec 20/21.</summary>
    /// <param name="code">Code.</param>
    /// <returns>True when known.</returns>
    public static bool IsUnit(string? code) => code is not null && Units.Contains(code);

    private static HashSet<string> Split(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
