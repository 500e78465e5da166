using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Rules;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Properties 3-5, escalation (IRP3001): "If a P2 is not resolved within 4 hours, escalate to P1. If a P1
/// is not resolved within 2 hours, escalate to P0." The clock is the time at the current level and stops
/// at resolution; escalation never happens after it.
/// </summary>
public sealed class EscalationProperties
{
    /// <summary>Records whose level only the timeline changes: no assignment, no reassessment, no resolution.</summary>
    private static readonly RecordShape Unattended = RecordShape.WithoutLevelChanges with { Resolution = false };

    [Invariant]
    public Property Once_escalated_an_incident_stays_escalated_while_nothing_new_is_recorded() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        // T: the last recorded event at or before the generated instant (or detection); nothing is recorded after it.
        var untilAt = s.Incident with { Events = [.. s.Incident.Events.Where(e => e.At <= s.At)] };
        var t = untilAt.Events.Select(e => e.At).Append(s.Incident.DetectedAt).Max();
        var then = s.Evaluate(untilAt, t);
        var escalations = then.SeverityHistory.Where(h => h.RuleId == BuiltInRules.Get("IRP3001").Id).ToList();

        // Later: the generated instants, and T + 30m, 1h, 2h, ..., 16h (wherever a timer could take something back).
        var later = Enumerable.Range(0, 6)
            .Select(k => t + Duration.FromMinutes(30 << k))
            .Append(s.At)
            .Append(s.LaterAt)
            .Select(at => s.Evaluate(untilAt, at));

        foreach (var result in later)
        {
            Assert.True(result.Severity.Rank <= then.Severity.Rank, $"{then.Severity} at {t}, then {result.Severity} at {result.EvaluatedAt} with nothing recorded in between");
            Assert.All(escalations, e => Assert.Contains(e, result.SeverityHistory));
        }

        return Prop.ToProperty(true).Classify(escalations.Count > 0, "escalated");
    });

    [Invariant]
    public Property What_a_result_records_stays_in_every_later_result() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var then = s.Evaluate(s.At);
        var later = s.Evaluate(s.LaterAt);

        AssertPrefix(then.SeverityHistory, later.SeverityHistory, "severity history");
        AssertPrefix(then.Notifications, later.Notifications, "notifications");
        AssertPrefix(then.Diagnostics, later.Diagnostics, "diagnostics");
    });

    [Invariant]
    public Property Nothing_escalates_after_resolution() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var result = s.Evaluate(s.LaterAt);
        if (ResolvedAt(s.Incident) is not { } resolvedAt || resolvedAt > s.LaterAt)
        {
            return Prop.ToProperty(true).Classify(true, "unresolved");
        }

        Assert.All(result.SeverityHistory, h => Assert.True(h.Since <= resolvedAt, $"{h.Severity} by {h.RuleId} at {h.Since}, after the resolution at {resolvedAt}"));
        Assert.All(
            result.SeverityHistory.Where(h => h.RuleId == BuiltInRules.Get("IRP3001").Id),
            h => Assert.True(h.Since < resolvedAt, $"escalated to {h.Severity} at {h.Since}, not before the resolution at {resolvedAt}"));
        Assert.Null(result.Deadlines.EscalatesAt);
        return Prop.ToProperty(true).Classify(result.SeverityHistory.Any(h => h.RuleId == BuiltInRules.Get("IRP3001").Id), "escalated before resolution");
    });

    [Invariant]
    public Property An_incident_resolved_within_its_escalation_delay_never_escalates() => Prop.ForAll(Scenarios.Of(Unattended), s =>
    {
        var initial = s.Evaluate(s.Incident.DetectedAt).Severity;
        if (!s.Policy.IsOn(BuiltInRules.Get("IRP3001")) || s.Policy.Policy[initial.Name].Escalation is not { } step)
        {
            return Prop.ToProperty(true).Classify(true, "no escalation from the initial level");
        }

        // Resolved at the escalation instant itself (Later = 0) or up to Later before it.
        var resolvedAt = s.Incident.DetectedAt + step.After - Duration.Min(s.Later, step.After);
        var incident = s.Incident with
        {
            Events = [.. s.Incident.Events.Where(e => e.At <= resolvedAt), new Resolved(resolvedAt), .. s.Incident.Events.Where(e => e.At > resolvedAt)],
        };

        var result = s.Evaluate(incident, resolvedAt + step.After + s.AtOffset);

        var entry = Assert.Single(result.SeverityHistory);
        Assert.Equal(initial, entry.Severity);
        Assert.Equal(initial, s.Evaluate(incident, s.Incident.DetectedAt + step.After).Severity);
        return Prop.ToProperty(true).Classify(resolvedAt == s.Incident.DetectedAt + step.After, "resolved exactly at the escalation instant");
    });

    [Invariant]
    public Property An_unresolved_P2_is_P1_exactly_at_4h_and_P0_exactly_at_6h() => Prop.ForAll(Scenarios.Of(Gen.Constant(GeneratedPolicy.Default), P2Records), s =>
    {
        var detectedAt = s.Incident.DetectedAt;
        var hours = (int h) => detectedAt + Duration.FromHours(h);

        Assert.Equal("P2", s.Evaluate(detectedAt).Severity.Name);
        Assert.Equal(hours(4), s.Evaluate(detectedAt).Deadlines.EscalatesAt);
        Assert.Equal("P2", s.Evaluate(hours(4) - Tick).Severity.Name);
        var atFour = s.Evaluate(hours(4));
        Assert.Equal("P1", atFour.Severity.Name);
        Assert.Equal(hours(6), atFour.Deadlines.EscalatesAt);
        Assert.Equal("P1", s.Evaluate(hours(6) - Tick).Severity.Name);
        var atSix = s.Evaluate(hours(6));
        Assert.Equal("P0", atSix.Severity.Name);
        Assert.Null(atSix.Deadlines.EscalatesAt);
    });

    [Invariant]
    public Property An_unresolved_incident_without_manual_changes_escalates_exactly_at_the_sums_of_its_delays() => Prop.ForAll(Scenarios.Of(Unattended), s =>
    {
        var detectedAt = s.Incident.DetectedAt;
        var level = s.Evaluate(detectedAt).Severity;
        var at = detectedAt;
        var steps = 0;
        while (s.Policy.IsOn(BuiltInRules.Get("IRP3001")) && s.Policy.Policy[level.Name].Escalation is { } step)
        {
            at += step.After;
            Assert.Equal(level, s.Evaluate(at - Tick).Severity);
            var escalated = s.Evaluate(at);
            Assert.Equal(s.Policy.Policy[step.To].Level, escalated.Severity);
            level = escalated.Severity;
            steps++;
        }

        var end = s.Evaluate(at + s.Later);
        Assert.Equal(level, end.Severity);
        Assert.Null(end.Deadlines.EscalatesAt);
        return Prop.ToProperty(true).Classify(steps == 0, "no escalation").Classify(steps >= 2, "two or more escalations");
    });

    /// <summary>Unattended records classified P2 by the default matrix, without flags or unknowns.</summary>
    private static Gen<IncidentRecord> P2Records { get; } =
        from record in IncidentRecords.Of(Unattended)
        from cell in Gen.Elements(ResponsePolicyCells("P2"))
        select record with { Impact = new ImpactAssessment(cell.Users, cell.Scope) };

    private static (ImpactScope Scope, UsersAffected Users)[] ResponsePolicyCells(string level) =>
        [.. IncidentPolicy.Policy.ResponsePolicy.Default.Classification.Cells.Where(c => c.Value == level).Select(c => c.Key)];

    private static void AssertPrefix<T>(IReadOnlyList<T> prefix, IReadOnlyList<T> whole, string what)
    {
        Assert.True(prefix.Count <= whole.Count, $"{what}: {prefix.Count} entries earlier, {whole.Count} later");
        for (var i = 0; i < prefix.Count; i++)
        {
            Assert.True(Equals(prefix[i], whole[i]), $"{what}[{i}]: {prefix[i]} earlier, {whole[i]} later");
        }
    }
}
