using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads an incident record (<c>docs/wire-format.md</c>, "Incident record") by walking the JSON document,
/// so every problem is reported with its JSON path. The rules that need the policy or the order of
/// events (an unknown severity name, an event before detection, a second <c>resolved</c>) are the
/// engine's (<see cref="Evaluation.IncidentValidator"/>); the events keep their document order, so
/// the engine reports them at the same <c>$.events[i]</c> paths.
/// </summary>
internal static class IncidentReader
{
    private const string RecordExpected = "an incident record (a JSON object)";
    private const string SeverityExpected = "the name of a severity level, a string such as \"P1\"";

    /// <summary>How each event type is read, in the contract's order.</summary>
    private static readonly ImmutableArray<(string Type, Func<JsonObjectReader, Instant, IncidentEvent> Read)> EventReaders =
    [
        ("severityAssigned", (e, at) => new SeverityAssigned(
            at,
            e.RequiredString("severity", SeverityExpected, nonBlank: true) ?? string.Empty,
            e.OptionalString("by", "who assigned it, a string"),
            e.OptionalString("reason", "why, a string"))),
        ("acknowledged", (e, at) => new Acknowledged(at, e.OptionalString("by", "who acknowledged it, a string"))),
        ("roleAssigned", (e, at) => new RoleAssigned(
            at,
            e.RequiredEnum("role", WireNames.Role) ?? default,
            e.RequiredString("person", "who holds the role, a non-empty string", nonBlank: true) ?? string.Empty)),
        ("statusUpdatePosted", (_, at) => new StatusUpdatePosted(at)),
        ("impactReassessed", (e, at) => new ImpactReassessed(at, ReadImpactUpdate(e))),
        ("mitigationApplied", (e, at) => new MitigationApplied(at, e.OptionalString("action", "what was done, a string"))),
        ("resolved", (_, at) => new Resolved(at)),
        ("reviewCompleted", (_, at) => new ReviewCompleted(at)),
    ];

    private static readonly Dictionary<string, Func<JsonObjectReader, Instant, IncidentEvent>> ReadersByType =
        EventReaders.ToDictionary(r => r.Type, r => r.Read, StringComparer.Ordinal);

    private static readonly string EventTypesExpected =
        $"one of {string.Join(", ", EventReaders.Take(EventReaders.Length - 1).Select(r => r.Type))} or {EventReaders[^1].Type}";

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
        var incident = document is null ? null : values.Object(document.RootElement, JsonPath.Root, RecordExpected);
        if (incident is null)
        {
            throw new InvalidIncidentException(null, values.Problems, source);
        }

        var id = incident.RequiredString("id", "the incident's id, a non-empty string", nonBlank: true);
        var title = incident.OptionalString("title", "the incident's title, a string");
        var detectedAt = incident.RequiredInstant("detectedAt");
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
        if (incident.OptionalObject("impact", "the impact assessment, an object") is not { } impact)
        {
            return ImpactAssessment.Unknown;
        }

        return new ImpactAssessment(
            impact.OptionalEnum("usersAffected", WireNames.UsersAffected) ?? UsersAffected.Unknown,
            impact.OptionalEnum("scope", WireNames.Scope) ?? ImpactScope.Unknown,
            impact.OptionalBoolean("securityBreach") ?? false,
            impact.OptionalBoolean("dataCorruption") ?? false);
    }

    private static ImpactUpdate ReadImpactUpdate(JsonObjectReader e)
    {
        if (e.RequiredObject("impact", "the reassessed impact, an object") is not { } impact)
        {
            return new ImpactUpdate();
        }

        return new ImpactUpdate(
            impact.OptionalEnum("usersAffected", WireNames.UsersAffected),
            impact.OptionalEnum("scope", WireNames.Scope),
            impact.OptionalBoolean("securityBreach"),
            impact.OptionalBoolean("dataCorruption"));
    }

    private static List<IncidentEvent> ReadEvents(JsonObjectReader incident)
    {
        var values = incident.Values;
        var events = new List<IncidentEvent>();
        foreach (var (item, path) in incident.OptionalArray("events", "the incident's events, an array"))
        {
            if (values.Object(item, path, "an event (a JSON object)") is not { } e)
            {
                continue;
            }

            var type = e.RequiredString("type", $"the event's type, {EventTypesExpected}");
            var at = e.RequiredInstant("at");
            if (type is null)
            {
                continue;
            }

            if (!ReadersByType.TryGetValue(type, out var read))
            {
                values.Add(e.PathOf("type"), $"unknown event type {Quote.Json(type)}; expected {EventTypesExpected}");
                continue;
            }

            events.Add(read(e, at ?? default));
        }

        return events;
    }
}
