using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Advice;

/// <summary>
/// The investigation advisor: from the steps and signals recorded, the next step of the investigation, the
/// hypotheses ranked by the signals that support them with how to test each, and the mitigations of the
/// supported ones with when to use them, how and their risk. Pure; thread-safe.
/// </summary>
/// <example>
/// <code>
/// var advice = new Advisor(policy.Advisor).Advise(incident, clock.GetCurrentInstant());
/// Console.WriteLine(advice.NextStep?.Title);
/// foreach (var h in advice.Hypotheses.Where(h => h.IsSupported)) Console.WriteLine(h.Hypothesis.HowToTest);
/// </code>
/// </example>
public sealed class Advisor
{
    /// <summary>An advisor with the procedure's tables.</summary>
    public static Advisor Default { get; } = new(AdvisorTables.Default);

    /// <summary>Creates an advisor over <paramref name="tables"/>.</summary>
    /// <param name="tables">The tables (<see cref="ResponsePolicy.Advisor"/>).</param>
    public Advisor(AdvisorTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Tables = tables;
    }

    /// <summary>The advisor's tables.</summary>
    public AdvisorTables Tables { get; }

    /// <summary>The advice for <paramref name="incident"/> from its <c>investigationStep</c> and <c>observation</c> events up to <paramref name="at"/> (until resolution).</summary>
    /// <param name="incident">The record.</param>
    /// <param name="at">The instant; only events at or before it count.</param>
    /// <returns>The advice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the incident's detection.</exception>
    public InvestigationAdvice Advise(IncidentRecord incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (at < incident.DetectedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The instant {at} is before incident '{incident.Id}' was detected ({incident.DetectedAt}).");
        }

        var events = ChecklistEvents.Of(incident, at);
        return Advise(events.InvestigationSteps.Select(s => s.Step), events.Observations.Select(o => o.Signal)) with { IncidentId = incident.Id, At = at };
    }

    /// <summary>The advice for the steps and signals given.</summary>
    /// <param name="recordedSteps">The steps of the investigation done (<c>dashboards</c>, ...), in any order; repeats are ignored.</param>
    /// <param name="signals">The signals observed, in the order they were recorded; repeats are ignored.</param>
    /// <returns>The advice.</returns>
    public InvestigationAdvice Advise(IEnumerable<string> recordedSteps, IEnumerable<string> signals)
    {
        ArgumentNullException.ThrowIfNull(recordedSteps);
        ArgumentNullException.ThrowIfNull(signals);
        var done = recordedSteps.ToHashSet(StringComparer.Ordinal);
        ImmutableArray<string> observed = [.. signals.Distinct(StringComparer.Ordinal)];
        var nextStep = Tables.Steps.FirstOrDefault(s => !done.Contains(s.Key));

        var ranked = Tables.Hypotheses
            .Select(h => new RankedHypothesis(h, [.. h.Signals.Distinct(StringComparer.Ordinal).Where(observed.Contains)]))
            .ToList();

        // OrderByDescending is stable: ties keep the table's order, and the unsupported (0) come last in it.
        ImmutableArray<RankedHypothesis> hypotheses = [.. ranked.OrderByDescending(h => h.SupportingSignals.Length)];
        var supported = hypotheses.Where(h => h.IsSupported).ToList();
        var keys = supported.SelectMany(h => h.Hypothesis.Mitigations)
            .Concat(Tables.Mitigations.Where(m => m.OfferedWith.Any(observed.Contains)).Select(m => m.Key))
            .Distinct(StringComparer.Ordinal);
        ImmutableArray<MitigationAdvice> mitigations = [.. keys.Select(k => Tables.Mitigation(k)!)];
        ImmutableArray<string> reminders = [.. supported.Select(h => h.Hypothesis.Reminder).OfType<string>().Distinct(StringComparer.Ordinal)];
        return new InvestigationAdvice(nextStep, observed, hypotheses, mitigations, reminders);
    }
}
