using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads values of a JSON document by path and collects a problem, instead of throwing, for each value
/// that is not what was expected, so one pass reports every problem of a document. A read that fails
/// returns <see langword="null"/>; callers build nothing from a document with problems.
/// </summary>
internal sealed class JsonValueReader
{
    public const string InstantExpected = "an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\"";

    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(string path, string message) => _problems.Add(new ValidationProblem(path, message));

    public void Missing(string path, string expected) => Add(path, $"missing: expected {expected}");

    public void Unexpected(JsonElement element, string path, string expected) =>
        Add(path, $"expected {expected}, found {JsonFound.Describe(element)}");

    public JsonObjectReader? Object(JsonElement element, string path, string expected)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, path, this);
        }

        Unexpected(element, path, expected);
        return null;
    }

    /// <summary>The items of an array with their paths; none (and a problem) when it is not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement element, string path, string expected)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Unexpected(element, path, expected);
            return [];
        }

        return [.. element.EnumerateArray().Select((item, index) => (item, JsonPath.Index(path, index)))];
    }

    public string? String(JsonElement element, string path, string expected, bool nonBlank = false)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Unexpected(element, path, expected);
            return null;
        }

        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Add(path, $"expected {expected}, found a string that is not valid Unicode text (an unpaired surrogate escape)");
            return null;
        }

        if (nonBlank && string.IsNullOrWhiteSpace(text))
        {
            Unexpected(element, path, expected);
            return null;
        }

        return text;
    }

    public Instant? Instant(JsonElement element, string path)
    {
        if (InstantJson.TryRead(element, out var instant))
        {
            return instant;
        }

        Unexpected(element, path, InstantExpected);
        return null;
    }

    public bool? Boolean(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Unexpected(element, path, "true or false");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement element, string path, WireEnum<TEnum> names)
        where TEnum : struct, Enum
    {
        if (String(element, path, names.Expected) is not { } name)
        {
            return null;
        }

        if (names.TryParse(name, out var value))
        {
            return value;
        }

        Add(path, $"unknown {names.Noun} {JsonFound.Text(element)}; expected {names.Expected}");
        return null;
    }
}
