using System.Globalization;
using System.Security.Cryptography;
using Masthead.Core.Paywall;
using Microsoft.AspNetCore.DataProtection;

namespace Masthead.Web.Features.Paywall;

/// <summary>
/// The anonymous reader's meter, kept in a cookie that Data Protection makes tamper-evident:
/// a forged, truncated or foreign cookie reads as no meter at all, never as an error.
/// </summary>
public sealed class MeterCookie(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = "mh_meter";
    private readonly IDataProtector protector = protection.CreateProtector("Masthead.Paywall.Meter.v1");

    public MeterState? Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(Name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Parse(protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public void Write(HttpResponse response, MeterState meter)
    {
        response.Cookies.Append(Name, Protect(meter), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Expires = clock.GetUtcNow().AddDays(62),
        });
    }

    public string Protect(MeterState meter) => protector.Protect(Format(meter));

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name);

    internal static string Format(MeterState meter) =>
        meter.PeriodStart.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ":" + string.Join(',', meter.ArticleIds);

    internal static MeterState? Parse(string payload)
    {
        var parts = payload.Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var ids = new List<int>();
        foreach (var id in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return null;
            }

            ids.Add(parsed);
        }

        return seconds > 253402300799 ? null : new MeterState(DateTimeOffset.FromUnixTimeSeconds(seconds), ids.Distinct().ToList());
    }
}
