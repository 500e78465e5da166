using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// A converter of the wire types, which are only written: every document is read by the readers of
/// <c>Serialization/</c>, which check it and say where it is wrong, never by <see cref="JsonSerializer"/>.
/// </summary>
/// <typeparam name="T">The value written.</typeparam>
internal abstract class WriteOnlyJsonConverter<T> : JsonConverter<T>
{
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Wire types are only written; documents are read by the readers of IncidentPolicy.Serialization.");
}
