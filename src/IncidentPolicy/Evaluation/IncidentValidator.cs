using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Checks a whole record, also events after the evaluation instant, before anything is evaluated:
/// every problem is collected with its place in the record, in the record's order. A location or a message is
/// only built for a problem, so a valid record (almost every one) costs no more than the checks themselves.
/// The rules of the record's events (<see cref="CheckEvents"/>) are also run by the incident reader on
/// what it could read, so a document's format problems and these come in one list.
/// </summary>
internal static class IncidentValidator
{
    public static void ThrowIfInvalid(IncidentRecord incident, ResponsePolicy policy)
    {
        if (Check(incident, policy) is { } problems)
        {
            throw new InvalidIncidentException(incident.Id, problems);
        }
    }

    /// <summary>Every problem of the record, in the record's order, or <see langword="null"/> when it has none.</summary>
    public static List<ValidationProblem>? Check(IncidentRecord incident, ResponsePolicy policy)
    {
        List<ValidationProblem>? problems = null;
        if (string.IsNullOrWhiteSpace(incident.Id))
        {
            Add(ref problems, ProblemLocation.Root.Field(InputField.Id), ProblemMessages.MissingBecause("an incident needs a non-empty id (it prefixes notification keys)"));
        }

        if (CheckStart(incident.StartedAt, incident.DetectedAt) is { } early)
        {
            (problems ??= []).Add(early);
        }

        CheckImpact(ref problems, ProblemLocation.Root.Field(InputField.Impact), incident.Impact?.UsersAffected, incident.Impact?.Scope);
        if (incident.Events.IsDefault)
        {
            return problems;
        }

        var events = new List<RecordedEvent>(incident.Events.Length);
        for (var index = 0; index < incident.Events.Length; index++)
        {
            if (incident.Events[index] is not { } e)
            {
                Add(ref problems, ProblemLocation.Event(index), ProblemMessages.Missing("an event"));
                continue;
            }

            CheckBuiltEvent(ref problems, index, e);
            events.Add(new RecordedEvent(index, e, HasTime: true));
        }

        var ruled = CheckEvents(events, incident.DetectedAt, policy);
        if (ruled is null)
        {
            return problems;
        }

        // One list in the record's order: what is wrong with the record as a whole, then each event's problems.
        return [.. (problems ?? []).Concat(ruled).OrderBy(p => EventIndexOf(p.Location))];
    }

    /// <summary>
    /// The rules of a record's events: an event before <paramref name="detectedAt"/> (when known), a second
    /// <c>resolved</c> (the first in time order, stable, resolves), and, when <paramref name="policy"/> is
    /// given, a severity that is not one of its levels. Events whose time could not be read take part in no
    /// rule of time; a blank severity is left to whoever reads or builds the event.
    /// </summary>
    /// <returns>The problems, event by event, or <see langword="null"/> when there are none.</returns>
    public static List<ValidationProblem>? CheckEvents(IReadOnlyList<RecordedEvent> events, Instant? detectedAt, ResponsePolicy? policy)
    {
        List<ValidationProblem>? problems = null;

        // The first resolution in time order, the earlier in the record among equal times (a stable sort).
        RecordedEvent? firstResolution = null;
        foreach (var e in events)
        {
            if (e is { Event: Resolved, HasTime: true } && (firstResolution is not { } first || e.Event.At < first.Event.At))
            {
                firstResolution = e;
            }
        }

        foreach (var (index, e, hasTime) in events)
        {
            if (hasTime && e is Resolved && firstResolution is { } first && first.Index != index)
            {
                Add(ref problems, ProblemLocation.Event(index), $"a second resolved event; the incident was already resolved by {ProblemLocation.Event(first.Index)} at {first.Event.At}");
            }

            if (hasTime && detectedAt is { } detected && e.At < detected)
            {
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.At), $"{e.Type} at {e.At} is before detectedAt {detected}; events cannot precede detection");
            }

            if (policy is not null && e is SeverityAssigned assigned && !string.IsNullOrWhiteSpace(assigned.Severity) && !policy.TryGetLevel(assigned.Severity, out _))
            {
                Add(
                    ref problems,
                    ProblemLocation.Event(index).Field(InputField.Severity),
                    ProblemMessages.UnknownName("level", assigned.Severity, policy.Levels.Select(l => l.Level.Name)));
            }
        }

        return problems;
    }

    /// <summary>The rule of the record's start: it cannot be after the detection (both known).</summary>
    /// <returns>The problem, or <see langword="null"/> when there is none.</returns>
    public static ValidationProblem? CheckStart(Instant? startedAt, Instant? detectedAt) =>
        startedAt is { } started && detectedAt is { } detected && started > detected
            ? new ValidationProblem(
                ProblemLocation.Root.Field(InputField.StartedAt),
                $"startedAt {started} is after detectedAt {detected}; an incident starts at or before its detection")
            : null;

    /// <summary>What only a record built in code can get wrong: a reader refuses these before any event is built.</summary>
    private static void CheckBuiltEvent(ref List<ValidationProblem>? problems, int index, IncidentEvent e)
    {
        switch (e)
        {
            case SeverityAssigned assigned when string.IsNullOrWhiteSpace(assigned.Severity):
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Severity), ProblemMessages.Missing("the name of a severity level"));
                break;
            case RoleAssigned assigned:
                if (!Enum.IsDefined(assigned.Role))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Role), ProblemMessages.UndefinedValue(assigned.Role));
                }

                if (string.IsNullOrWhiteSpace(assigned.Person))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Person), ProblemMessages.Missing("who holds the role"));
                }

                break;
            case ImpactReassessed { Impact: null }:
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Impact), ProblemMessages.Missing("the reassessed impact"));
                break;
            case ImpactReassessed reassessed:
                CheckImpact(ref problems, ProblemLocation.Event(index).Field(InputField.Impact), reassessed.Impact.UsersAffected, reassessed.Impact.Scope);
                break;
            case StatusUpdatePosted posted when !Enum.IsDefined(posted.Audience):
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Audience), ProblemMessages.UndefinedValue(posted.Audience));
                break;
            case CauseIdentified cause when string.IsNullOrWhiteSpace(cause.Summary):
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Summary), ProblemMessages.Missing("the cause in words"));
                break;
            case InvestigationStep step when !Enum.IsDefined(step.Step):
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Step), ProblemMessages.UndefinedValue(step.Step));
                break;
            case Observation observation when !Enum.IsDefined(observation.Signal):
                Add(ref problems, ProblemLocation.Event(index).Field(InputField.Signal), ProblemMessages.UndefinedValue(observation.Signal));
                break;
            case ActionItemCreated item:
                if (string.IsNullOrWhiteSpace(item.Title))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Title), ProblemMessages.Missing("what is to be done"));
                }

                if (string.IsNullOrWhiteSpace(item.Owner))
                {
                    Add(ref problems, ProblemLocation.Event(index).Field(InputField.Owner), ProblemMessages.Missing("who owns it"));
                }

                break;
        }
    }

    private static void CheckImpact(ref List<ValidationProblem>? problems, ProblemLocation impact, UsersAffected? users, ImpactScope? scope)
    {
        if (users is { } u && !Enum.IsDefined(u))
        {
            Add(ref problems, impact.Field(InputField.UsersAffected), ProblemMessages.UndefinedValue(u));
        }

        if (scope is { } s && !Enum.IsDefined(s))
        {
            Add(ref problems, impact.Field(InputField.Scope), ProblemMessages.UndefinedValue(s));
        }
    }

    /// <summary>The event a problem is in (from 0), or -1 for a problem of the record as a whole.</summary>
    private static int EventIndexOf(ProblemLocation location) =>
        location.Segments is [FieldSegment { Field: InputField.Events }, IndexSegment index, ..] ? index.Index : -1;

    private static void Add(ref List<ValidationProblem>? problems, ProblemLocation location, string message) =>
        (problems ??= []).Add(new ValidationProblem(location, message));
}
