using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A time of day on the wire: <see cref="IsoTime"/>'s text, <c>09:00</c>, with seconds only when they are not zero.</summary>
internal sealed class LocalTimeWireConverter : JsonConverter<LocalTime>
{
    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoTime.TryParseTime(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected a time of day, such as 09:00 or 17:30:15.");

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoTime.Format(value));
}
