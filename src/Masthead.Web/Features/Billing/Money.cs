using System.Globalization;

namespace Masthead.Web.Features.Billing;

public static class Money
{
    /// <summary>"€8.50", "$90.00": amounts in minor units, as readers read them.</summary>
    public static string Format(long amountMinor, string currency)
    {
        var symbol = currency.ToUpperInvariant() switch
        {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            _ => currency.ToUpperInvariant() + " ",
        };
        return symbol + (amountMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
