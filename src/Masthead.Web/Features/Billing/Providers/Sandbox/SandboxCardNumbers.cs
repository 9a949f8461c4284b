namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>Reads a card number typed on the sandbox's pages. The number is used here and then forgotten.</summary>
public static class SandboxCardNumbers
{
    public sealed record Card(string Brand, string Last4, SandboxCardBehaviour Behaviour);

    private static readonly Dictionary<string, SandboxCardBehaviour> TestCards = new(StringComparer.Ordinal)
    {
        ["4242424242424242"] = SandboxCardBehaviour.Succeeds,
        ["5555555555554444"] = SandboxCardBehaviour.Succeeds,
        ["4000000000000341"] = SandboxCardBehaviour.FailsWhenCharged,
        ["4000000000009995"] = SandboxCardBehaviour.InsufficientFunds,
        ["4000000000000002"] = SandboxCardBehaviour.Declined,
    };

    /// <returns>The card, or a message for the reader saying what is wrong.</returns>
    public static (Card? Card, string? Error) Read(string? number, string? expiry, string? cvc, DateTimeOffset now)
    {
        var digits = new string((number ?? "").Where(c => c != ' ' && c != '-').ToArray());
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit))
        {
            return (null, "Enter the card number: 12 to 19 digits.");
        }

        if (!PassesLuhn(digits))
        {
            return (null, "That card number is not valid. Check it for typing mistakes.");
        }

        if (!TryExpiry(expiry, out var month, out var year))
        {
            return (null, "Enter the expiry date as MM/YY.");
        }

        if (new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1) <= now)
        {
            return (null, "That card has expired.");
        }

        if (string.IsNullOrEmpty(cvc) || cvc.Length is < 3 or > 4 || !cvc.All(char.IsAsciiDigit))
        {
            return (null, "Enter the 3 or 4 digit security code.");
        }

        if (!TestCards.TryGetValue(digits, out var behaviour))
        {
            return (null, "This is test mode: use a test card such as 4242 4242 4242 4242.");
        }

        return (new Card(digits[0] == '5' ? "mastercard" : "visa", digits[^4..], behaviour), null);
    }

    public static bool TryExpiry(string? expiry, out int month, out int year)
    {
        month = year = 0;
        var parts = (expiry ?? "").Replace(" ", "", StringComparison.Ordinal).Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out month) || !int.TryParse(parts[1], out year) || month is < 1 or > 12)
        {
            return false;
        }

        year = year < 100 ? 2000 + year : year;
        return year is >= 2000 and < 2100;
    }

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
