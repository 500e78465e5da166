using System.Text.Json;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// Writes a <see cref="PolicyDurationWire"/>: the ISO duration, <c>"nextBusinessDay"</c> (how one business day was
/// always written, so v1 documents print as before), or <c>{"businessDays": n}</c>. Policy documents are read by
/// the reader layer (<c>PolicyDocumentReader</c>), not by this converter.
/// </summary>
internal sealed class PolicyDurationWireConverter : WriteOnlyJsonConverter<PolicyDurationWire>
{
    public override void Write(Utf8JsonWriter writer, PolicyDurationWire value, JsonSerializerOptions options) => WriteValue(writer, value);

    public static void WriteValue(Utf8JsonWriter writer, PolicyDurationWire value)
    {
        if (value.Duration is { } duration)
        {
            writer.WriteStringValue(IsoDuration.Format(duration));
        }
        else if (value.BusinessDays == 1)
        {
            writer.WriteStringValue(PolicyDurationWire.NextBusinessDay);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteNumber(WireFields.BusinessDays, value.BusinessDays);
            writer.WriteEndObject();
        }
    }
}
