using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads an incident record (docs/wire-format.md) by walking the JSON document, so every problem is
/// reported with its place. The rules that need the policy or the order of
/// events (an unknown severity name, an event before detection, a second <c>resolved</c>) are the
/// engine's (<see cref="Evaluation.IncidentValidator"/>); the events keep their document order, so
/// the engine reports them at the same <c>$.events[i]</c> paths.
/// </summary>
internal static class IncidentReader
{
    private const string RecordExpected = "an incident record (a JSON object)";
    private const string SeverityExpected = "the name of a severity level, a string such as \"P1\"";

    /// <summary>How each event type is read, in the order of <see cref="WireNames.EventTypes"/>.</summary>
    private static readonly ImmutableArray<Func<JsonObjectReader, Instant, IncidentEvent>> EventReaders =
    [
        (e, at) => new SeverityAssigned(
            at,
            e.RequiredString(WireFields.Severity, SeverityExpected, nonBlank: true) ?? string.Empty,
            e.OptionalString(WireFields.By, "who assigned it, a string"),
            e.OptionalString(WireFields.Reason, "why, a string")),
        (e, at) => new Acknowledged(at, e.OptionalString(WireFields.By, "who acknowledged it, a string")),
        (e, at) => new RoleAssigned(
            at,
            e.RequiredEnum(WireFields.Role, WireNames.Role) ?? default,
            e.RequiredString(WireFields.Person, "who holds the role, a non-empty string", nonBlank: true) ?? string.Empty),
        (_, at) => new StatusUpdatePosted(at),
        (e, at) => new ImpactReassessed(at, ReadImpactUpdate(e)),
        (e, at) => new MitigationApplied(at, e.OptionalString(WireFields.Action, "what was done, a string")),
        (_, at) => new Resolved(at),
        (_, at) => new ReviewCompleted(at),
    ];

    private static readonly Dictionary<string, Func<JsonObjectReader, Instant, IncidentEvent>> ReadersByType =
        WireNames.EventTypes.Zip(EventReaders).ToDictionary(r => r.First, r => r.Second, StringComparer.Ordinal);

    private static readonly string EventTypesExpected = $"one of {ProblemMessages.OneOf(WireNames.EventTypes)}";

    public static IncidentRecord Read(string json, string? source)
    {
        var values = new JsonValueReader();
        using var document = JsonInput.Parse(json, RecordExpected, values);
        return Read(document, values, source);
    }

    public static IncidentRecord Read(ReadOnlyMemory<byte> utf8Json, string? source)
    {
        var values = new JsonValueReader();
        using var document = JsonInput.Parse(utf8Json, RecordExpected, values);
        return Read(document, values, source);
    }

    private static IncidentRecord Read(JsonDocument? document, JsonValueReader values, string? source)
    {
        var incident = values.Root(document, RecordExpected);
        if (incident is null)
        {
            throw new InvalidIncidentException(null, values.Problems, source);
        }

        var id = incident.RequiredString(WireFields.Id, "the incident's id, a non-empty string", nonBlank: true);
        var title = incident.OptionalString(WireFields.Title, "the incident's title, a string");
        var detectedAt = incident.RequiredInstant(WireFields.DetectedAt);
        var impact = ReadImpact(incident);
        var events = ReadEvents(incident);

        // Fields that failed to read hold placeholders above: a record is only built when none did.
        if (values.HasProblems)
        {
            throw new InvalidIncidentException(id, values.Problems, source);
        }

        return new IncidentRecord(id!, title, detectedAt!.Value, impact, events);
    }

    private static ImpactAssessment ReadImpact(JsonObjectReader incident)
    {
        if (incident.OptionalObject(WireFields.Impact, "the impact assessment, an object") is not { } impact)
        {
            return ImpactAssessment.Unknown;
        }

        return new ImpactAssessment(
            impact.OptionalEnum(WireFields.UsersAffected, WireNames.UsersAffected) ?? UsersAffected.Unknown,
            impact.OptionalEnum(WireFields.Scope, WireNames.Scope) ?? ImpactScope.Unknown,
            impact.OptionalBoolean(WireFields.SecurityBreach) ?? false,
            impact.OptionalBoolean(WireFields.DataCorruption) ?? false);
    }

    private static ImpactUpdate ReadImpactUpdate(JsonObjectReader e)
    {
        if (e.RequiredObject(WireFields.Impact, "the reassessed impact, an object") is not { } impact)
        {
            return new ImpactUpdate();
        }

        return new ImpactUpdate(
            impact.OptionalEnum(WireFields.UsersAffected, WireNames.UsersAffected),
            impact.OptionalEnum(WireFields.Scope, WireNames.Scope),
            impact.OptionalBoolean(WireFields.SecurityBreach),
            impact.OptionalBoolean(WireFields.DataCorruption));
    }

    private static List<IncidentEvent> ReadEvents(JsonObjectReader incident)
    {
        var values = incident.Values;
        var events = new List<IncidentEvent>();
        foreach (var (item, location) in incident.OptionalArray(WireFields.Events, "the incident's events, an array"))
        {
            if (values.Object(item, location, "an event (a JSON object)") is not { } e)
            {
                continue;
            }

            var type = e.RequiredString(WireFields.Type, $"the event's type, {EventTypesExpected}");
            var at = e.RequiredInstant(WireFields.At);
            if (type is null)
            {
                continue;
            }

            if (!ReadersByType.TryGetValue(type, out var read))
            {
                values.Add(e.LocationOf(WireFields.Type), ProblemMessages.UnknownName("event type", type, WireNames.EventTypes));
                continue;
            }

            events.Add(read(e, at ?? default));
        }

        return events;
    }
}
