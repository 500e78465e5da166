using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Tests.Properties;

/// <summary>What the properties read from records and results, written once so each property reads as its sentence.</summary>
internal static class Observations
{
    /// <summary>A tick: the smallest duration, to evaluate "just before" an instant.</summary>
    public static Duration Tick { get; } = Duration.Epsilon;

    /// <summary>The events as the engine takes them: by <c>at</c>, stable.</summary>
    public static IReadOnlyList<IncidentEvent> InTimeOrder(IncidentRecord record) => [.. record.Events.OrderBy(e => e.At)];

    /// <summary>The events that count at <paramref name="at"/>: at or before it, and after the resolution only those that still apply then.</summary>
    public static IReadOnlyList<IncidentEvent> EffectiveEvents(IncidentRecord record, Instant at)
    {
        var effective = new List<IncidentEvent>();
        var resolved = false;
        foreach (var e in InTimeOrder(record).Where(e => e.At <= at))
        {
            if (!resolved || e.AppliesAfterResolution)
            {
                effective.Add(e);
            }

            resolved |= e is Resolved;
        }

        return effective;
    }

    /// <summary>The impact in force at <paramref name="at"/>: the detection's, with the effective reassessments applied.</summary>
    public static ImpactAssessment ImpactAt(IncidentRecord record, Instant at) =>
        EffectiveEvents(record, at).OfType<ImpactReassessed>().Aggregate(record.Impact, (impact, e) => impact.With(e.Impact));

    /// <summary>The instant of the resolution, if the record has one.</summary>
    public static Instant? ResolvedAt(IncidentRecord record) => record.Events.OfType<Resolved>().Select(r => (Instant?)r.At).FirstOrDefault();

    /// <summary>The level the engine classifies <paramref name="impact"/> as, for a record with no events.</summary>
    public static SeverityLevel Classify(PolicyEngine engine, ImpactAssessment impact, Instant detectedAt) =>
        engine.Evaluate(new IncidentRecord("INC-1", "Payments down", detectedAt, impact), detectedAt).Severity;

    /// <summary>A result as text, every field but <c>evaluatedAt</c> and <c>nextEvaluationAt</c>.</summary>
    public static string Fields(PolicyEvaluation evaluation) => Support.Render.WithoutEvaluatedAt(evaluation with { NextEvaluationAt = null });

    /// <summary>A result as text, every field but <c>evaluatedAt</c>.</summary>
    public static string FieldsAndNext(PolicyEvaluation evaluation) => Support.Render.WithoutEvaluatedAt(evaluation);

    /// <summary>The actions a host takes on a result: each notification and each diagnostic, as text.</summary>
    public static IEnumerable<string> Actions(PolicyEvaluation evaluation) =>
        evaluation.Notifications.Select(n => $"notify {n}").Concat(evaluation.Diagnostics.Select(d => $"diagnostic {d}"));

    /// <summary>The level the policy escalates <paramref name="level"/> to, or null.</summary>
    public static SeverityLevelPolicy? EscalationOf(ResponsePolicy policy, SeverityLevel level) =>
        policy[level.Name].Escalation is { } step ? policy[step.To] : null;
}
