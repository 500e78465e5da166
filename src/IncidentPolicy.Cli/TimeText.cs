using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Cli;

/// <summary>
/// Instants for people: in the policy calendar's time zone with its abbreviation, and in UTC when that
/// zone is not UTC, e.g. <c>Fri 2024-03-29 17:55 GMT (17:55 UTC)</c>.
/// </summary>
internal sealed class TimeText
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.Create("ddd uuuu'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.Create("ddd uuuu'-'MM'-'dd HH':'mm':'ss", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern UtcMinutes = LocalTimePattern.Create("HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern UtcSeconds = LocalTimePattern.Create("HH':'mm':'ss", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern UtcDay = LocalDatePattern.Create("ddd ", CultureInfo.InvariantCulture);

    private readonly DateTimeZone _zone;

    public TimeText(DateTimeZone zone)
    {
        _zone = zone;
    }

    public bool IsUtc => _zone.Id is "UTC" or "Etc/UTC";

    public string ZoneId => _zone.Id;

    public string Format(Instant instant)
    {
        var local = instant.InZone(_zone);
        var withSeconds = local.Second != 0 || local.NanosecondOfSecond != 0;
        var text = (withSeconds ? Seconds : Minutes).Format(local.LocalDateTime);
        if (IsUtc)
        {
            return text + " UTC";
        }

        var utc = instant.InUtc();
        var day = utc.Date == local.Date ? string.Empty : UtcDay.Format(utc.Date);
        return $"{text} {local.GetZoneInterval().Name} ({day}{(withSeconds ? UtcSeconds : UtcMinutes).Format(utc.TimeOfDay)} UTC)";
    }

    /// <summary>The local day, time and zone abbreviation only, e.g. <c>Fri 19:55 GMT</c>: for a value next to a full one.</summary>
    public string Short(Instant instant)
    {
        var local = instant.InZone(_zone);
        return $"{UtcDay.Format(local.Date)}{(local.Second != 0 || local.NanosecondOfSecond != 0 ? UtcSeconds : UtcMinutes).Format(local.TimeOfDay)} {(IsUtc ? "UTC" : local.GetZoneInterval().Name)}";
    }

    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
