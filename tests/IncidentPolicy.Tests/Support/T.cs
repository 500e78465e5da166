using System;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Tests.Support;

/// <summary>Instants in tests: <c>T("14:00")</c> is 2024-03-15 (a Friday) 14:00 UTC, the day of the documentation's examples.</summary>
internal static class T
{
    public const string Day = "2024-03-15";

    public static Instant Of(string time)
    {
        var text = time.Contains('T', StringComparison.Ordinal) ? time.TrimEnd('Z') : $"{Day}T{time}";
        return InstantPattern.ExtendedIso.Parse(text.Length == 16 ? text + ":00Z" : text + "Z").Value;
    }
}
