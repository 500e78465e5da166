using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A duration on the wire: <see cref="IsoDuration"/>'s ISO-8601 text, such as <c>PT4H</c> or <c>P7D</c> (a day is 24 hours).</summary>
internal sealed class DurationWireConverter : TextWireConverter<Duration>
{
    protected override string Expected => "an ISO-8601 duration without months or years, such as PT4H or P7D";

    protected override bool TryParse(string? text, out Duration value) => IsoDuration.TryParse(text, out value);

    protected override string Format(Duration value) => IsoDuration.Format(value);
}
