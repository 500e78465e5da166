using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// Writes a <see cref="PolicyDurationWire"/>: the ISO duration, <c>"nextBusinessDay"</c> (how one business day was
/// always written, so v1 documents print as before), or <c>{"businessDays": n}</c>. Policy documents are read by
/// the reader layer (<c>PolicyDocumentReader</c>), not by this converter.
/// </summary>
internal sealed class PolicyDurationWireConverter : JsonConverter<PolicyDurationWire>
{
    public override PolicyDurationWire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Policy documents are read by the policy document reader.");

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
