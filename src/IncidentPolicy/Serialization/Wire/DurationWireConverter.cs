using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A duration on the wire: <see cref="IsoDuration"/>'s ISO-8601 text, such as <c>PT4H</c> or <c>P7D</c> (a day is 24 hours).</summary>
internal sealed class DurationWireConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoDuration.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected an ISO-8601 duration without months or years, such as PT4H or P7D.");

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoDuration.Format(value));
}
