using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Communications;

/// <summary>Instants in messages: <c>2024-03-15 14:00 UTC</c>, or in a customer's zone with its abbreviation (<c>2024-03-15 14:00 GMT</c>).</summary>
internal static class InstantWords
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    public static string Utc(Instant instant) => Pattern.Format(instant.InUtc().LocalDateTime) + " UTC";

    public static string In(Instant instant, DateTimeZone zone)
    {
        var zoned = instant.InZone(zone);
        var name = zoned.GetZoneInterval().Name;
        if (string.IsNullOrEmpty(name) || name.StartsWith('+') || name.StartsWith('-'))
        {
            // Zones without an abbreviation in the time zone database name their offset instead.
            name = "UTC" + zoned.Offset.ToString("m", CultureInfo.InvariantCulture);
        }

        return Pattern.Format(zoned.LocalDateTime) + " " + name;
    }
}
