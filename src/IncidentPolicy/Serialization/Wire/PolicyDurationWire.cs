using System.Text.Json.Serialization;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A time that may be business days (a response time, a review, a cadence phase's <c>every</c>): an ISO-8601
/// duration such as <c>"PT15M"</c>, <c>"nextBusinessDay"</c> for one business day, or <c>{"businessDays": n}</c>
/// for more. Written by <see cref="PolicyDurationWireConverter"/>.
/// </summary>
[JsonConverter(typeof(PolicyDurationWireConverter))]
internal sealed record PolicyDurationWire(Duration? Duration, int BusinessDays)
{
    /// <summary>The string that stands for one business day.</summary>
    public const string NextBusinessDay = WireFields.NextBusinessDay;

    public static PolicyDurationWire From(PolicyDuration duration) => new(duration.Duration, duration.BusinessDayCount);
}
