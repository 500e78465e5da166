using System.Text.Json;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A value written on the wire as one string: the derived converter says how it is formatted.</summary>
/// <typeparam name="T">The NodaTime value.</typeparam>
internal abstract class TextWireConverter<T> : WriteOnlyJsonConverter<T>
{
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    protected abstract string Format(T value);
}
