using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Facturation.Persistence;

/// <summary>Stores an instant as UTC ticks (a sortable integer in every database).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
