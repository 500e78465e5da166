using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Communications;

/// <summary>
/// The fields of a message, read from the policy, the record and its evaluation at the message's instant
/// (docs/communications.md has the table). Events after the instant are not read; after the resolution only the
/// events that still apply then (an identified cause, a booked review) are read.
/// </summary>
internal static class MessageFacts
{
    public static Dictionary<string, FieldValue> Read(ResponsePolicy policy, IncidentRecord record, PolicyEvaluation evaluation, MessageKind kind)
    {
        var at = evaluation.EvaluatedAt;
        var events = record.Events.Where(e => e.At <= at).OrderBy(e => e.At).ToList();
        var resolved = events.OfType<Resolved>().FirstOrDefault();
        if (resolved is not null)
        {
            events = [.. events.Where(e => e.At <= resolved.At || e.AppliesAfterResolution)];
        }

        var start = record.StartTime;
        var phase = evaluation.Phase;
        var level = policy[kind == MessageKind.Resolution ? evaluation.PeakSeverity.Name : evaluation.Severity.Name];
        var impact = events.OfType<ImpactReassessed>().Aggregate(record.Impact, (current, e) => current.With(e.Impact));
        var fields = new Dictionary<string, FieldValue>(System.StringComparer.Ordinal)
        {
            [MessageFields.Severity] = FieldValue.Of(level.Name),
            [MessageFields.Title] = record.Title.Length > 0 ? FieldValue.Of(record.Title) : FieldValue.Missing("[Brief description]"),
            [MessageFields.Impact] = (Text(impact.Description) ?? ImpactWords.Internal(impact)) is { } words ? FieldValue.Of(words) : FieldValue.Missing("[Who is affected and how]"),
            [MessageFields.StartTime] = FieldValue.Generated(kind == MessageKind.Customer
                ? InstantWords.In(start, policy.Communications.CustomerTimeZone ?? policy.Calendar.TimeZone)
                : InstantWords.Utc(start)),
            [MessageFields.Status] = FieldValue.Generated(MessagePhases.Word(phase)),
            [MessageFields.IncidentCommander] = FieldValue.Of(
                events.OfType<RoleAssigned>().LastOrDefault(r => r.Role == IncidentRole.IncidentCommander)?.Person ?? "unassigned"),
            [MessageFields.Channel] = evaluation.Channel is { } channel ? FieldValue.Generated(channel) : FieldValue.Missing("#incident-[date]-[topic]"),
            [MessageFields.NextUpdateIn] = phase == IncidentPhase.Resolved
                ? FieldValue.None
                : FieldValue.Generated(DurationWords.Of(level.UpdateCadence.CadenceAt(at - record.DetectedAt))),
            [MessageFields.Duration] = Duration(kind, record, start, at, resolved),
            [MessageFields.ActionsTaken] = events.OfType<MitigationApplied>().Select(m => m.Action).OfType<string>().Where(a => a.Length > 0).ToImmutableArray() is { IsEmpty: false } actions
                ? FieldValue.List(actions)
                : FieldValue.MissingList("[What has been tried]"),
            [MessageFields.CurrentState] = FieldValue.Missing("[What is happening now]"),
            [MessageFields.NextSteps] = FieldValue.Missing("[What will be done next]"),
            [MessageFields.RootCause] = Given(
                Text(resolved?.RootCause) ?? Text(events.OfType<CauseIdentified>().LastOrDefault(c => Text(c.Summary) is not null)?.Summary),
                "[One-sentence summary]"),
            [MessageFields.Resolution] = Given(Text(resolved?.Resolution), "[What fixed it]"),
            [MessageFields.CustomerImpact] = Given(Text(resolved?.CustomerImpact), "[Summary of user-facing impact]"),
            [MessageFields.FollowUp] = FollowUp(policy, evaluation, resolved, events.OfType<ReviewScheduled>().LastOrDefault()),
            [MessageFields.ServiceName] = policy.Communications.ServiceName is { } service ? FieldValue.Of(service) : FieldValue.None,
            [MessageFields.CustomerDescription] = (Text(impact.CustomerDescription) ?? ImpactWords.Customer(impact, policy.Communications.ServiceName)) is { } customer
                ? FieldValue.Of(customer)
                : FieldValue.Missing("[description of user impact]"),
            [MessageFields.CustomerStatus] = FieldValue.Generated(MessagePhases.CustomerWords(phase)),
            [MessageFields.CustomerCadence] = phase == IncidentPhase.Resolved || level.CustomerUpdateCadence is not { } cadence
                ? FieldValue.None
                : FieldValue.Generated(DurationWords.Of(cadence.CadenceAt(at - record.DetectedAt))),
        };
        return fields;
    }

    /// <summary>The record's text when it says something; blank text counts as not given.</summary>
    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static FieldValue Given(string? text, string placeholder) => text is null ? FieldValue.Missing(placeholder) : FieldValue.Of(text);

    private static FieldValue Duration(MessageKind kind, IncidentRecord record, NodaTime.Instant start, NodaTime.Instant at, Resolved? resolved)
    {
        if (kind != MessageKind.Resolution)
        {
            return FieldValue.Generated(DurationWords.Of(at - start));
        }

        return resolved is null
            ? FieldValue.Missing("[Total time from detection to resolution]")
            : FieldValue.Generated(DurationWords.Of(resolved.At - record.DetectedAt));
    }

    /// <summary>The review booked last (scheduled for), else the review deadline (due by); nothing when no review is due.</summary>
    private static FieldValue FollowUp(ResponsePolicy policy, PolicyEvaluation evaluation, Resolved? resolved, ReviewScheduled? booked)
    {
        var reviewDue = evaluation.Deadlines.ReviewBy is not null || (resolved is null && policy[evaluation.PeakSeverity.Name].ReviewWithin is not null);
        if (reviewDue && booked is not null)
        {
            return FieldValue.Generated("Post-incident review scheduled for " + InstantWords.Utc(booked.For));
        }

        if (evaluation.Deadlines.ReviewBy is { } due)
        {
            return FieldValue.Generated("Post-incident review due by " + InstantWords.Utc(due));
        }

        return resolved is null && policy[evaluation.PeakSeverity.Name].ReviewWithin is not null
            ? FieldValue.Missing("Post-incident review scheduled for [date/time]")
            : FieldValue.None;
    }
}
