using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The properties of one JSON object, read by name through a <see cref="JsonValueReader"/>. Names are
/// case-sensitive (camelCase); a name that appears twice is a problem (the first value is read). Properties
/// not asked for are ignored here; a document that refuses them goes through <see cref="Properties"/>. Three kinds of
/// property: <em>required</em> (missing is a problem, <c>null</c> is a wrong value), <em>optional</em>
/// (missing or <c>null</c> means left out), and <em>nullable</em> (must be present, may be <c>null</c>).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _byName = new(StringComparer.Ordinal);
    private readonly List<(string Name, JsonElement Value)> _properties = [];

    public JsonObjectReader(JsonElement element, ProblemLocation location, JsonValueReader values)
    {
        Location = location;
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
                values.Add(location, ProblemMessages.Expected("property names of valid Unicode text", "one with an unpaired surrogate escape"));
                continue;
            }

            if (_byName.TryAdd(name, property.Value))
            {
                _properties.Add((name, property.Value));
            }
            else
            {
                values.Add(LocationOf(name), ProblemMessages.Duplicate(name));
            }
        }
    }

    public ProblemLocation Location { get; }

    /// <summary>The reader that collects this document's problems.</summary>
    public JsonValueReader Values { get; }

    /// <summary>The properties in document order, each name once.</summary>
    public IReadOnlyList<(string Name, JsonElement Value)> Properties => _properties;

    public ProblemLocation LocationOf(string name) => Location.Key(name);

    /// <summary>The property's value, <see langword="null"/> when it is missing (a problem) — a JSON <c>null</c> is returned as a value.</summary>
    public JsonElement? Required(string name, string expected)
    {
        if (_byName.TryGetValue(name, out var value))
        {
            return value;
        }

        Values.Missing(LocationOf(name), expected);
        return null;
    }

    /// <summary>The property's value, <see langword="null"/> when it is missing or <c>null</c>.</summary>
    public JsonElement? Optional(string name) =>
        _byName.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The property's value, <see langword="null"/> when it is <c>null</c> or missing (a problem).</summary>
    public JsonElement? Nullable(string name, string expected) =>
        Required(name, $"{expected} or null") is { ValueKind: not JsonValueKind.Null } value ? value : null;

    public string? RequiredString(string name, string expected, bool nonBlank = false) =>
        Required(name, expected) is { } value ? Values.String(value, LocationOf(name), expected, nonBlank) : null;

    public string? OptionalString(string name, string expected) =>
        Optional(name) is { } value ? Values.String(value, LocationOf(name), expected) : null;

    public string? NullableString(string name, string expected) =>
        Nullable(name, expected) is { } value ? Values.String(value, LocationOf(name), $"{expected} or null") : null;

    public Instant? RequiredInstant(string name) =>
        Required(name, JsonValueReader.InstantExpected) is { } value ? Values.Instant(value, LocationOf(name)) : null;

    public Instant? OptionalInstant(string name) =>
        Optional(name) is { } value ? Values.Instant(value, LocationOf(name)) : null;

    public Instant? NullableInstant(string name) =>
        Nullable(name, JsonValueReader.InstantExpected) is { } value ? Values.Instant(value, LocationOf(name)) : null;

    public LocalDate? RequiredDate(string name) =>
        Required(name, JsonValueReader.DateExpected) is { } value ? Values.Date(value, LocationOf(name)) : null;

    public bool? OptionalBoolean(string name) =>
        Optional(name) is { } value ? Values.Boolean(value, LocationOf(name)) : null;

    public TEnum? RequiredEnum<TEnum>(string name, EnumWireNames<TEnum> names)
        where TEnum : struct, Enum =>
        Required(name, names.Expected) is { } value ? Values.Enum(value, LocationOf(name), names) : null;

    public TEnum? OptionalEnum<TEnum>(string name, EnumWireNames<TEnum> names)
        where TEnum : struct, Enum =>
        Optional(name) is { } value ? Values.Enum(value, LocationOf(name), names) : null;

    public JsonObjectReader? RequiredObject(string name, string expected) =>
        Required(name, expected) is { } value ? Values.Object(value, LocationOf(name), expected) : null;

    public JsonObjectReader? OptionalObject(string name, string expected) =>
        Optional(name) is { } value ? Values.Object(value, LocationOf(name), expected) : null;

    public IReadOnlyList<(JsonElement Item, ProblemLocation Location)> RequiredArray(string name, string expected) =>
        Required(name, expected) is { } value ? Values.Array(value, LocationOf(name), expected) : [];

    public IReadOnlyList<(JsonElement Item, ProblemLocation Location)> OptionalArray(string name, string expected) =>
        Optional(name) is { } value ? Values.Array(value, LocationOf(name), expected) : [];
}
