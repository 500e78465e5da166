using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;
using NRules;
using NRules.Fluent;

namespace IncidentPolicy.Checklist;

/// <summary>
/// Computes the incident checklist of a record at an instant. Each item is decided by its own NRules rule,
/// in a rule set of its own, over the evaluation of the policy engine at that instant: the same timeline,
/// the same levels and deadlines. Pure and thread-safe; build it once per policy and share it.
/// </summary>
/// <example>
/// <code>
/// var checklist = new ChecklistEngine(engine);
/// var report = checklist.Report(incident, clock.GetCurrentInstant());
/// foreach (var item in report.Overdue) Console.WriteLine(item.Key);
/// </code>
/// </example>
public sealed class ChecklistEngine
{
    private readonly ISessionFactory _sessions;

    /// <summary>Compiles the checklist's rules for <paramref name="engine"/>'s policy.</summary>
    /// <param name="engine">The policy engine whose evaluations the checklist reads.</param>
    /// <param name="settings">The checklist's settings; <see langword="null"/> for the policy's (<see cref="Policy.ResponsePolicy.Checklist"/>).</param>
    public ChecklistEngine(PolicyEngine engine, ChecklistSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Settings = settings ?? engine.Policy.Checklist;
        ChecklistSettingsCheck.ThrowIfInvalid(Settings, engine.Policy);
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(ChecklistItems.RuleTypes).PrivateTypes(true));
        _sessions = repository.Compile();
    }

    /// <summary>The policy engine whose evaluations the checklist reads.</summary>
    public PolicyEngine Engine { get; }

    /// <summary>The checklist's settings.</summary>
    public ChecklistSettings Settings { get; }

    /// <summary>The checklist of <paramref name="incident"/> at <paramref name="at"/>, with the instant it next changes.</summary>
    /// <param name="incident">The record; only its events at or before <paramref name="at"/> count for the items.</param>
    /// <param name="at">The report's instant; not before detection.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Validation.InvalidIncidentException">The record breaks the rules of the format.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public ChecklistReport Report(IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var (items, evaluation) = Items(incident, at);
        return new ChecklistReport(incident.Id, at, items, NextChange(incident, at, items, evaluation));
    }

    /// <summary>
    /// The first update's due instant: the first missed <c>nextUpdateBy</c> (IRP5001) before the first
    /// internal update, or else the <c>nextUpdateBy</c> in force just before that update (for an update at the
    /// detection, the one in force at the detection without it; with no update yet, the one at the instant),
    /// rises included.
    /// </summary>
    private Instant? FirstUpdateDue(IncidentRecord incident, Instant at, ChecklistEvents events, PolicyEvaluation evaluation)
    {
        var firstUpdate = ChecklistEvents.InternalUpdates(events.BeforeResolution).Select(u => (Instant?)u).FirstOrDefault();
        var before = firstUpdate switch
        {
            null => evaluation,
            { } u when u > incident.DetectedAt => Engine.Evaluate(incident, u - Duration.Epsilon),

            // An update at the detection itself: the deadline in force then, as if it had not been posted yet.
            _ => Engine.Evaluate(incident with { Events = [.. incident.Events.Where(e => e is not StatusUpdatePosted { Audience: UpdateAudience.Internal })] }, incident.DetectedAt),
        };
        var missed = before.Diagnostics.FirstOrDefault(d => d.Id == Rules.Communication.UpdateMissedRule.Id);
        return missed?.At ?? before.Deadlines[Deadline.NextUpdateBy];
    }

    /// <summary>
    /// The overdue items of <paramref name="incident"/> at the instant of <paramref name="evaluation"/> (an evaluation by
    /// <see cref="Engine"/>), in the checklist's order: <see cref="ChecklistReport.Overdue"/> without computing when the
    /// report next changes.
    /// </summary>
    internal ImmutableArray<ChecklistItem> OverdueAt(IncidentRecord incident, PolicyEvaluation evaluation)
    {
        var at = evaluation.EvaluatedAt;
        return new ChecklistReport(incident.Id, at, Items(incident, at, evaluation).Items, NextChangeAt: null).Overdue;
    }

    private (ImmutableArray<ChecklistItem> Items, PolicyEvaluation Evaluation) Items(IncidentRecord incident, Instant at, PolicyEvaluation? evaluated = null)
    {
        var evaluation = evaluated ?? Engine.Evaluate(incident, at);
        var events = ChecklistEvents.Of(incident, at);
        var frame = new ChecklistFrame
        {
            Record = incident,
            At = at,
            Policy = Engine.Policy,
            Settings = Settings,
            Evaluation = evaluation,
            Events = events,
            FirstUpdateDue = FirstUpdateDue(incident, at, events, evaluation),
        };
        var session = _sessions.CreateSession();
        session.Insert(frame);
        session.Fire();
        var items = session.Query<ItemDecided>().OrderBy(d => d.Order).Select(d => d.Item).ToImmutableArray();
        return (items, evaluation);
    }

    /// <summary>
    /// The earliest instant after <paramref name="at"/> at which an item changes. Items change only when an
    /// event is recorded, when the level changes (escalation, an instant the evaluation names in
    /// <c>escalatesAt</c>), when a due instant comes, or when a due instant still to come moves because the
    /// evaluation changes (a cadence phase ends and tightens <c>nextUpdateBy</c>): the candidates are tried in
    /// order, each checked by computing the items there, until one differs.
    /// </summary>
    private Instant? NextChange(IncidentRecord incident, Instant at, ImmutableArray<ChecklistItem> items, PolicyEvaluation evaluation)
    {
        var now = at;
        var current = (Items: items, Evaluation: evaluation);
        while (Candidate(incident, now, current.Items, current.Evaluation) is { } next)
        {
            current = Items(incident, next);
            if (!current.Items.SequenceEqual(items))
            {
                return next;
            }

            now = next;
        }

        return null;
    }

    /// <summary>
    /// The next instant after <paramref name="after"/> at which an item may change. The evaluation's own next
    /// change counts only while an open item is due later: a due instant already passed is fixed, and without
    /// that bound a cadence that repeats for ever would be tried for ever.
    /// </summary>
    private static Instant? Candidate(IncidentRecord incident, Instant after, ImmutableArray<ChecklistItem> items, PolicyEvaluation evaluation)
    {
        var dues = items.Where(i => !i.IsDone).Select(i => i.DueBy).Where(d => d > after).ToList();
        IEnumerable<Instant?> candidates = incident.Events.Select(e => (Instant?)e.At)
            .Append(evaluation.Deadlines[Deadline.EscalatesAt])
            .Concat(dues);
        if (dues.Count > 0)
        {
            candidates = candidates.Append(evaluation.NextEvaluationAt);
        }

        return candidates.Where(c => c > after).Min();
    }
}
