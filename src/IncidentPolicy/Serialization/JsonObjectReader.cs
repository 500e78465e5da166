using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The properties of one JSON object, read by name through a <see cref="JsonValueReader"/>. Names are
/// case-sensitive (camelCase); properties not asked for are ignored ("fields beyond these are welcome");
/// a name that appears twice is a problem. Three kinds of property: <em>required</em> (missing is a
/// problem, <c>null</c> is a wrong value), <em>optional</em> (missing or <c>null</c> means left out),
/// and <em>nullable</em> (must be present, may be <c>null</c>: the evaluation result's style).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string path, JsonValueReader values)
    {
        Path = path;
        Values = values;
        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                values.Add(path, "expected property names of valid Unicode text, found one with an unpaired surrogate escape");
                continue;
            }

            if (!_properties.TryAdd(name, property.Value))
            {
                values.Add(PathOf(name), $"duplicate property \"{name}\": a property may appear only once in an object");
            }
        }
    }

    public string Path { get; }

    /// <summary>The reader that collects this document's problems.</summary>
    public JsonValueReader Values { get; }

    public string PathOf(string name) => JsonPath.Property(Path, name);

    /// <summary>The property's value, <see langword="null"/> when it is missing (a problem) — a JSON <c>null</c> is returned as a value.</summary>
    public JsonElement? Required(string name, string expected)
    {
        if (_properties.TryGetValue(name, out var value))
        {
            return value;
        }

        Values.Missing(PathOf(name), expected);
        return null;
    }

    /// <summary>The property's value, <see langword="null"/> when it is missing or <c>null</c>.</summary>
    public JsonElement? Optional(string name) =>
        _properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The property's value, <see langword="null"/> when it is <c>null</c> or missing (a problem).</summary>
    public JsonElement? Nullable(string name, string expected) =>
        Required(name, $"{expected} or null") is { ValueKind: not JsonValueKind.Null } value ? value : null;

    public string? RequiredString(string name, string expected, bool nonBlank = false) =>
        Required(name, expected) is { } value ? Values.String(value, PathOf(name), expected, nonBlank) : null;

    public string? OptionalString(string name, string expected) =>
        Optional(name) is { } value ? Values.String(value, PathOf(name), expected) : null;

    public string? NullableString(string name, string expected) =>
        Nullable(name, expected) is { } value ? Values.String(value, PathOf(name), $"{expected} or null") : null;

    public Instant? RequiredInstant(string name) =>
        Required(name, JsonValueReader.InstantExpected) is { } value ? Values.Instant(value, PathOf(name)) : null;

    public Instant? NullableInstant(string name) =>
        Nullable(name, JsonValueReader.InstantExpected) is { } value ? Values.Instant(value, PathOf(name)) : null;

    public bool? OptionalBoolean(string name) =>
        Optional(name) is { } value ? Values.Boolean(value, PathOf(name)) : null;

    public TEnum? RequiredEnum<TEnum>(string name, WireEnum<TEnum> names)
        where TEnum : struct, Enum =>
        Required(name, names.Expected) is { } value ? Values.Enum(value, PathOf(name), names) : null;

    public TEnum? OptionalEnum<TEnum>(string name, WireEnum<TEnum> names)
        where TEnum : struct, Enum =>
        Optional(name) is { } value ? Values.Enum(value, PathOf(name), names) : null;

    public JsonObjectReader? RequiredObject(string name, string expected) =>
        Required(name, expected) is { } value ? Values.Object(value, PathOf(name), expected) : null;

    public JsonObjectReader? OptionalObject(string name, string expected) =>
        Optional(name) is { } value ? Values.Object(value, PathOf(name), expected) : null;

    public IReadOnlyList<(JsonElement Item, string Path)> RequiredArray(string name, string expected) =>
        Required(name, expected) is { } value ? Values.Array(value, PathOf(name), expected) : [];

    public IReadOnlyList<(JsonElement Item, string Path)> OptionalArray(string name, string expected) =>
        Optional(name) is { } value ? Values.Array(value, PathOf(name), expected) : [];
}
