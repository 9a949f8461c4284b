using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Masthead.Web.Features.Billing.Webhooks;

/// <summary>
/// Stripe's webhook signature scheme, <c>Stripe-Signature: t=unix,v1=hex(HMAC-SHA256(secret, "t.payload"))</c>,
/// for the sandbox provider (which signs exactly as Stripe does) and for tests.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Stripe-Signature";

    public static string Sign(string secret, string payload, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hmac(secret, t, payload)}";
    }

    /// <returns>Null when the signature is good and fresh, else why it is refused.</returns>
    public static string? Verify(string? header, string payload, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return "Missing Stripe-Signature header.";
        }

        string? t = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(','))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2)
            {
                continue;
            }

            if (kv[0] == "t")
            {
                t = kv[1];
            }
            else if (kv[0] == "v1")
            {
                signatures.Add(kv[1]);
            }
        }

        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signatures.Count == 0)
        {
            return "Malformed Stripe-Signature header.";
        }

        var expected = Encoding.ASCII.GetBytes(Hmac(secret, t, payload));
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected)))
        {
            return "Signature does not match.";
        }

        // In whole seconds, so a time beyond any date is refused like any other stale one; both are
        // non-negative, so the difference cannot overflow.
        var ageSeconds = now.ToUnixTimeSeconds() - seconds;
        return Math.Abs(ageSeconds) > tolerance.TotalSeconds ? "Timestamp outside the tolerance (possible replay)." : null;
    }

    private static string Hmac(string secret, string t, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}")));
}
