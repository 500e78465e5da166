using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Reviews;

/// <summary>
/// What happened to an incident up to an evaluation, as the evaluation saw it: the recorded events at or
/// before its instant in time order (stable), up to the resolution and afterwards only reviews (the
/// course is the response's story: what is recorded after the resolution, such as a late status update
/// or a cause found, is not part of it), and where the story ends (the resolution, or the instant).
/// The review draft and the incident diagram both read it, so they tell the same story.
/// </summary>
internal sealed class IncidentCourse
{
    private IncidentCourse(IncidentRecord incident, PolicyEvaluation evaluation, ImmutableArray<IncidentEvent> events, Instant? resolvedAt)
    {
        Incident = incident;
        Evaluation = evaluation;
        Events = events;
        ResolvedAt = resolvedAt;
    }

    /// <summary>The record.</summary>
    public IncidentRecord Incident { get; }

    /// <summary>The evaluation the course ends at.</summary>
    public PolicyEvaluation Evaluation { get; }

    /// <summary>The events that had an effect, in time order.</summary>
    public ImmutableArray<IncidentEvent> Events { get; }

    /// <summary>When the incident was resolved, or <see langword="null"/> while it is not.</summary>
    public Instant? ResolvedAt { get; }

    /// <summary>The instant evaluated.</summary>
    public Instant At => Evaluation.EvaluatedAt;

    /// <summary>Where the incident's time at its levels ends: the resolution, or the instant evaluated.</summary>
    public Instant End => ResolvedAt ?? At;

    /// <summary>The course of <paramref name="incident"/> up to <paramref name="evaluation"/>.</summary>
    public static IncidentCourse Of(IncidentRecord incident, PolicyEvaluation evaluation)
    {
        var events = ImmutableArray.CreateBuilder<IncidentEvent>();
        Instant? resolvedAt = null;
        foreach (var happened in incident.Events.Where(e => e.At <= evaluation.EvaluatedAt).OrderBy(e => e.At))
        {
            if (resolvedAt is not null && happened is not ReviewCompleted)
            {
                continue;
            }

            if (resolvedAt is null && happened is ReviewCompleted)
            {
                continue; // a review before resolution has no effect
            }

            events.Add(happened);
            if (happened is Resolved && evaluation.Status == IncidentStatus.Resolved)
            {
                resolvedAt = happened.At;
            }
        }

        return new IncidentCourse(incident, evaluation, events.ToImmutable(), resolvedAt);
    }
}
