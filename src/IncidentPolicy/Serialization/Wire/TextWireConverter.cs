using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A value written on the wire as one string: the derived converter says how it is formatted and parsed.
/// The readers of <c>Serialization/</c> read documents themselves; <see cref="Read"/> is here for
/// completeness and refuses what <see cref="TryParse"/> does not accept.
/// </summary>
/// <typeparam name="T">The NodaTime value.</typeparam>
internal abstract class TextWireConverter<T> : JsonConverter<T>
{
    /// <summary>What a valid value looks like, for the exception of <see cref="Read"/>.</summary>
    protected abstract string Expected { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"Expected {Expected}.");

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    protected abstract bool TryParse(string? text, out T value);

    protected abstract string Format(T value);
}
