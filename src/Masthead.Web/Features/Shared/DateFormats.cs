using System.Globalization;

namespace Masthead.Web.Features.Shared;

/// <summary>How instants are written: machine-readable in UTC, and for people.</summary>
public static class DateFormats
{
    /// <summary>A valid HTML and schema.org date-time: UTC, whole seconds.</summary>
    public static string Machine(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string ShortDate(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string LongDate(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
