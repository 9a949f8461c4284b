using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Masthead.Web.Data;

/// <summary>Stores instants as UTC ticks, which sort and compare correctly in SQLite.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
