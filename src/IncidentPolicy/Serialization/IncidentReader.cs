using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads an incident record (docs/wire-format.md) by walking the JSON document, so every problem is
/// reported with its place. What it cannot read it still reads around: the events it could read are
/// checked by the record's rules (<see cref="IncidentValidator.CheckEvents"/>: an event before detection, a
/// second <c>resolved</c>, and with a policy a level it does not have), and every problem, of the format or
/// of the rules, is reported in one list in document order.
/// </summary>
internal static class IncidentReader
{
    private const string RecordExpected = "an incident record (a JSON object)";
    private const string SeverityExpected = "the name of a severity level, a string such as \"P1\"";
    private const string DescriptionExpected = "who is affected and how, a string";
    private const string CustomerDescriptionExpected = "who is affected and how in words for customers, a string";

    private static readonly string[] RecordFields = [WireFields.Id, WireFields.Title, WireFields.StartedAt, WireFields.DetectedAt, WireFields.Impact, WireFields.Events];

    private static readonly string[] ImpactFields =
        [WireFields.UsersAffected, WireFields.Scope, WireFields.SecurityBreach, WireFields.DataCorruption, WireFields.Description, WireFields.CustomerDescription];

    /// <summary>How each event type is read, and the fields it has beyond those of every event, in the order of <see cref="WireNames.EventTypes"/>.</summary>
    private static readonly ImmutableArray<EventShape> EventShapes =
    [
        new(
            (e, at, _) => new SeverityAssigned(
                at,
                e.RequiredString(WireFields.Severity, SeverityExpected, nonBlank: true) ?? string.Empty,
                e.OptionalString(WireFields.By, "who assigned it, a string"),
                e.OptionalString(WireFields.Reason, "why, a string")),
            WireFields.Severity,
            WireFields.Reason),
        new((e, at, _) => new Acknowledged(at, e.OptionalString(WireFields.By, "who acknowledged it, a string"))),
        new(
            (e, at, _) => new RoleAssigned(
                at,
                e.RequiredEnum(WireFields.Role, WireNames.Role) ?? default,
                e.RequiredString(WireFields.Person, "who holds the role, a non-empty string", nonBlank: true) ?? string.Empty),
            WireFields.Role,
            WireFields.Person),
        new(
            (e, at, _) => new StatusUpdatePosted(
                at,
                e.OptionalEnum(WireFields.Audience, WireNames.Audience) ?? UpdateAudience.Internal,
                e.OptionalString(WireFields.Message, "what the update said, a string")),
            WireFields.Audience,
            WireFields.Message),
        new((e, at, strict) => new ImpactReassessed(at, ReadImpactUpdate(e, strict)), WireFields.Impact),
        new((e, at, _) => new MitigationApplied(at, e.OptionalString(WireFields.Action, "what was done, a string")), WireFields.Action),
        new(
            (e, at, _) => new Resolved(
                at,
                e.OptionalString(WireFields.RootCause, "the root cause, a string"),
                e.OptionalString(WireFields.Resolution, "what resolved it, a string"),
                e.OptionalString(WireFields.CustomerImpact, "what customers experienced, a string")),
            WireFields.RootCause,
            WireFields.Resolution,
            WireFields.CustomerImpact),
        new((_, at, _) => new ReviewCompleted(at)),
        new(
            (e, at, _) => new CauseIdentified(at, e.RequiredString(WireFields.Summary, "the cause in words, a non-empty string", nonBlank: true) ?? string.Empty),
            WireFields.Summary),
        new((e, at, _) => new ChannelOpened(at, e.OptionalString(WireFields.Channel, "the channel or bridge opened, a string")), WireFields.Channel),
        new(
            (e, at, _) => new InvestigationStep(
                at,
                e.RequiredEnum(WireFields.Step, WireNames.Step) ?? default,
                e.OptionalString(WireFields.Note, "a note, a string")),
            WireFields.Step),
        new(
            (e, at, _) => new Observation(
                at,
                e.RequiredEnum(WireFields.Signal, WireNames.Signal) ?? default,
                e.OptionalString(WireFields.Detail, "more about it, a string")),
            WireFields.Signal,
            WireFields.Detail),
        new((e, at, _) => new ReviewScheduled(at, e.RequiredInstant(WireFields.For) ?? default), WireFields.For),
        new(
            (e, at, _) => new ActionItemCreated(
                at,
                e.RequiredString(WireFields.Title, "what is to be done, a non-empty string", nonBlank: true) ?? string.Empty,
                e.RequiredString(WireFields.Owner, "who owns it, a non-empty string", nonBlank: true) ?? string.Empty,
                e.RequiredDate(WireFields.DueDate) ?? default),
            WireFields.Title,
            WireFields.Owner,
            WireFields.DueDate),
    ];

    private static readonly Dictionary<string, EventShape> ShapesByType =
        WireNames.EventTypes.Zip(EventShapes).ToDictionary(r => r.First, r => r.Second, StringComparer.Ordinal);

    private static readonly string EventTypesExpected = $"one of {ProblemMessages.OneOf(WireNames.EventTypes)}";

    public static IncidentRecord Read(string json, string? source, IncidentReadOptions options)
    {
        var values = new JsonValueReader();
        using var document = JsonInput.Parse(json, RecordExpected, values, options.Limits);
        return Read(document, values, source, options);
    }

    public static IncidentRecord Read(ReadOnlyMemory<byte> utf8Json, bool more, string? source, IncidentReadOptions options)
    {
        var values = new JsonValueReader();
        using var document = JsonInput.Parse(utf8Json, RecordExpected, values, options.Limits, more);
        return Read(document, values, source, options);
    }

    private static IncidentRecord Read(JsonDocument? document, JsonValueReader values, string? source, IncidentReadOptions options)
    {
        var incident = values.Root(document, RecordExpected);
        if (incident is null)
        {
            throw new InvalidIncidentException(null, values.Problems, source);
        }

        var strict = options.UnknownProperties == UnknownPropertyHandling.Refuse;
        var id = incident.RequiredString(WireFields.Id, "the incident's id, a non-empty string", nonBlank: true);
        var title = incident.OptionalString(WireFields.Title, "the incident's title, a string");
        var startedAt = incident.OptionalInstant(WireFields.StartedAt);
        var detectedAt = incident.RequiredInstant(WireFields.DetectedAt);
        var impact = ReadImpact(incident, strict);
        var events = ReadEvents(incident, strict, options.MaxEvents);
        if (strict)
        {
            RefuseUnknown(incident, RecordFields);
        }

        // The rules of the record run on the events that could be read, so their problems come with the format's.
        var ruled = IncidentValidator.CheckEvents(events, detectedAt, options.Policy);
        if (IncidentValidator.CheckStart(startedAt, detectedAt) is { } early)
        {
            (ruled ??= []).Add(early);
        }

        // Fields that failed to read hold placeholders above: a record is only built when none did.
        if (values.HasProblems || ruled is not null)
        {
            var problems = DocumentOrder.Sort(values.Problems.Concat(ruled ?? []), document!.RootElement);
            throw new InvalidIncidentException(id, problems, source);
        }

        return new IncidentRecord(id!, title, detectedAt!.Value, impact, [.. events.Select(e => e.Event)]) { StartedAt = startedAt };
    }

    private static ImpactAssessment ReadImpact(JsonObjectReader incident, bool strict)
    {
        if (incident.OptionalObject(WireFields.Impact, "the impact assessment, an object") is not { } impact)
        {
            return ImpactAssessment.Unknown;
        }

        if (strict)
        {
            RefuseUnknown(impact, ImpactFields);
        }

        return new ImpactAssessment(
            impact.OptionalEnum(WireFields.UsersAffected, WireNames.UsersAffected) ?? UsersAffected.Unknown,
            impact.OptionalEnum(WireFields.Scope, WireNames.Scope) ?? ImpactScope.Unknown,
            impact.OptionalBoolean(WireFields.SecurityBreach) ?? false,
            impact.OptionalBoolean(WireFields.DataCorruption) ?? false)
        {
            Description = impact.OptionalString(WireFields.Description, DescriptionExpected),
            CustomerDescription = impact.OptionalString(WireFields.CustomerDescription, CustomerDescriptionExpected),
        };
    }

    private static ImpactUpdate ReadImpactUpdate(JsonObjectReader e, bool strict)
    {
        if (e.RequiredObject(WireFields.Impact, "the reassessed impact, an object") is not { } impact)
        {
            return new ImpactUpdate();
        }

        if (strict)
        {
            RefuseUnknown(impact, ImpactFields);
        }

        return new ImpactUpdate(
            impact.OptionalEnum(WireFields.UsersAffected, WireNames.UsersAffected),
            impact.OptionalEnum(WireFields.Scope, WireNames.Scope),
            impact.OptionalBoolean(WireFields.SecurityBreach),
            impact.OptionalBoolean(WireFields.DataCorruption))
        {
            Description = impact.OptionalString(WireFields.Description, DescriptionExpected),
            CustomerDescription = impact.OptionalString(WireFields.CustomerDescription, CustomerDescriptionExpected),
        };
    }

    private static List<RecordedEvent> ReadEvents(JsonObjectReader incident, bool strict, int maxEvents)
    {
        var values = incident.Values;
        var events = new List<RecordedEvent>();
        if (incident.Optional(WireFields.Events) is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > maxEvents)
        {
            values.Add(
                incident.LocationOf(WireFields.Events),
                ProblemMessages.OverLimit(
                    $"{array.GetArrayLength().ToString(CultureInfo.InvariantCulture)} events",
                    $"{maxEvents.ToString(CultureInfo.InvariantCulture)} events",
                    $"{nameof(IncidentReadOptions)}.{nameof(IncidentReadOptions.MaxEvents)}",
                    "read longer records"));
            return events;
        }

        var items = incident.OptionalArray(WireFields.Events, "the incident's events, an array");
        for (var index = 0; index < items.Count; index++)
        {
            var (item, location) = items[index];
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

            if (!ShapesByType.TryGetValue(type, out var shape))
            {
                values.Add(e.LocationOf(WireFields.Type), ProblemMessages.UnknownName("event type", type, WireNames.EventTypes));
                continue;
            }

            var read = shape.Read(e, at ?? default, strict);

            // Every event may say who and add a note, kept in the document only; where the model has no place for them they must still be text.
            if (read is not (SeverityAssigned or Acknowledged))
            {
                e.OptionalString(WireFields.By, "who, a string");
            }

            if (read is not InvestigationStep)
            {
                e.OptionalString(WireFields.Note, "a note, a string");
            }

            if (strict)
            {
                RefuseUnknown(e, shape.Fields);
            }

            events.Add(new RecordedEvent(index, read, HasTime: at is not null));
        }

        return events;
    }

    /// <summary>Each property of <paramref name="fields"/> that is not one of <paramref name="known"/> is a problem, with the known name it most likely meant.</summary>
    private static void RefuseUnknown(JsonObjectReader fields, IReadOnlyCollection<string> known)
    {
        foreach (var (name, _) in fields.Properties)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                fields.Values.Add(fields.LocationOf(name), ProblemMessages.UnknownProperty(name, known));
            }
        }
    }
}
