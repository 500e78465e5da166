using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Diff;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A policy diff as its wire type: each change as the subtype of its field, the values in the evaluation result's shapes.</summary>
internal static class PolicyDiffWireMapper
{
    /// <exception cref="ArgumentException">A change of an unknown type, or an enum value that is not defined.</exception>
    public static PolicyDiffWire ToWire(IncidentDiff diff) => new(
        diff.IncidentId,
        diff.Source,
        diff.At,
        [.. (diff.Changes.IsDefault ? [] : diff.Changes).Select(Change)]);

    public static PolicyDiffReportWire ToWire(string from, string to, IEnumerable<IncidentDiff> diffs) => new(from, to, [.. diffs.Select(ToWire)]);

    private static BehaviourChangeWire Change(BehaviourChange change)
    {
        var kind = WireNames.ChangeKind.Name(change.Kind);
        return change switch
        {
            FieldChange c => new FieldChangeWire(c.Path, kind, c.Before, c.After),
            InstantChange c => new InstantChangeWire(c.Path, kind, c.Before, c.After),
            SeverityHistoryChange c => new SeverityHistoryChangeWire(
                c.Path, kind, c.Before is null ? null : EvaluationWireMapper.ToWire(c.Before), c.After is null ? null : EvaluationWireMapper.ToWire(c.After)),
            NotificationChange c => new NotificationChangeWire(
                c.Path, kind, c.Before is null ? null : EvaluationWireMapper.ToWire(c.Before), c.After is null ? null : EvaluationWireMapper.ToWire(c.After)),
            DiagnosticChange c => new DiagnosticChangeWire(
                c.Path, kind, c.Before is null ? null : EvaluationWireMapper.ToWire(c.Before), c.After is null ? null : EvaluationWireMapper.ToWire(c.After)),
            _ => throw new ArgumentException($"Unknown change type {change.GetType().Name}.", nameof(change)),
        };
    }
}
