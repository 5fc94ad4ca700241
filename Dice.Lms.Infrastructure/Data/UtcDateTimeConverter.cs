using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dice.Lms.Infrastructure.Data;

/// <summary>Writes a DateTime without Kind as UTC (the product's only time zone) and reads it back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
