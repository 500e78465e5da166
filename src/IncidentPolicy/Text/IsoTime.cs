using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Text;

/// <summary>Local times and dates on the wire: <c>09:00</c> (seconds when not zero), <c>2024-12-25</c>, and a day of every year in ISO 8601's recurring form, <c>--12-25</c>.</summary>
internal static class IsoTime
{
    private static readonly LocalTimePattern Short = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalTimePattern Long = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss");
    private static readonly AnnualDatePattern Yearly = AnnualDatePattern.CreateWithInvariantCulture("'--'MM'-'dd");

    public static string Format(LocalTime time) => time.Second == 0 && time.NanosecondOfSecond == 0 ? Short.Format(time) : Long.Format(time);

    public static bool TryParseTime(string? text, out LocalTime time)
    {
        var result = text?.Length == 5 ? Short.Parse(text) : Long.Parse(text ?? string.Empty);
        time = result.Success ? result.Value : default;
        return result.Success;
    }

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static string Format(AnnualDate day) => Yearly.Format(day);

    public static bool TryParseAnnualDate(string? text, out AnnualDate day)
    {
        var result = Yearly.Parse(text ?? string.Empty);
        day = result.Success ? result.Value : default;
        return result.Success;
    }
}
