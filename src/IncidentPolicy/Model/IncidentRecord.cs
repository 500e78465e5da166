using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Model;

/// <summary>
/// An incident as recorded by the host: what was detected, when, its impact, and what happened since.
/// The record is data; <see cref="Evaluation.PolicyEngine.Evaluate"/> checks it against the policy
/// and refuses a record that breaks the rules of the wire format (see <see cref="Validation.InvalidIncidentException"/>).
/// </summary>
public sealed record IncidentRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="id">The incident's identifier; it prefixes notification de-duplication keys.</param>
    /// <param name="title">A short description; it names the incident channel. <see langword="null"/> means empty.</param>
    /// <param name="detectedAt">When the incident was detected: every clock of the policy starts here.</param>
    /// <param name="impact">The impact assessment at detection; <see langword="null"/> means all unknown.</param>
    /// <param name="events">What happened, in any order (taken by <c>at</c>, stable); <see langword="null"/> means none.</param>
    public IncidentRecord(
        string id,
        string? title,
        Instant detectedAt,
        ImpactAssessment? impact = null,
        IEnumerable<IncidentEvent>? events = null)
    {
        Id = id;
        Title = title ?? string.Empty;
        DetectedAt = detectedAt;
        Impact = impact ?? ImpactAssessment.Unknown;
        Events = events is null ? ImmutableArray<IncidentEvent>.Empty : [.. events];
    }

    /// <summary>The incident's identifier, e.g. <c>INC-2024-0315-1</c>.</summary>
    public string Id { get; init; }

    /// <summary>A short description, e.g. <c>Payments down</c>; empty when none was given.</summary>
    public string Title { get; init; }

    /// <summary>When the incident was detected.</summary>
    public Instant DetectedAt { get; init; }

    /// <summary>
    /// When the incident started, as seen in monitoring ("When did it start?"), at or before <see cref="DetectedAt"/>;
    /// <see langword="null"/> when not recorded (then <see cref="StartTime"/> is the detection). No clock of the
    /// policy starts here: they all start at detection.
    /// </summary>
    public Instant? StartedAt { get; init; }

    /// <summary>When the incident started: <see cref="StartedAt"/> when recorded, else <see cref="DetectedAt"/>.</summary>
    public Instant StartTime => StartedAt ?? DetectedAt;

    /// <summary>The impact assessment at detection.</summary>
    public ImpactAssessment Impact { get; init; }

    /// <summary>The events in the record's order.</summary>
    public ImmutableArray<IncidentEvent> Events { get; init; }
}
