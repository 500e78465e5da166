using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A duration on the wire: <see cref="IsoDuration"/>'s ISO-8601 text, such as <c>PT4H</c> or <c>P7D</c> (a day is 24 hours).</summary>
internal sealed class DurationWireConverter : TextWireConverter<Duration>
{
    protected override string Format(Duration value) => IsoDuration.Format(value);
}
