using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Properties.Observations;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Cadence schedules reduce to the one-duration cadence (docs/semantics.md, "Cadence schedules"): a schedule of one
/// phase is that cadence, and a boundary between two phases of the same cadence changes nothing — not a deadline,
/// not a diagnostic, not <c>nextEvaluationAt</c> (a boundary that changes nothing wakes nobody).
/// </summary>
public sealed class CadenceScheduleProperties
{
    private static readonly ConcurrentDictionary<(GeneratedPolicy, PolicyDuration, Duration?), PolicyEngine> Engines = new();

    private static readonly Gen<PolicyDuration> Cadences = Gen.Elements<PolicyDuration>(
        Duration.FromMinutes(15), Duration.FromMinutes(30), Duration.FromHours(1), PolicyDuration.NextBusinessDay);

    private static readonly Gen<Duration> Lengths = Gen.Elements(Duration.FromMinutes(25), Duration.FromHours(2), Duration.FromHours(26));

    /// <summary>The generated policy with every level's cadence <paramref name="every"/>: one phase, or two split at <paramref name="split"/>.</summary>
    private static PolicyEngine Engine(GeneratedPolicy policy, PolicyDuration every, Duration? split) => Engines.GetOrAdd((policy, every, split), key =>
    {
        var builder = ResponsePolicy.CreateBuilder();
        foreach (var change in key.Item1.Changes)
        {
            change.Apply(builder);
        }

        foreach (var level in key.Item1.Policy.Levels)
        {
            builder.Level(level.Name, l => _ = key.Item3 is { } at
                ? l.UpdateCadence(c => c.Every(key.Item2).For(at).ThenEvery(key.Item2))
                : l.UpdateCadence(key.Item2));
        }

        return new PolicyEngine(builder.Build());
    });

    [Invariant]
    public Property A_one_phase_list_is_the_single_cadence() => Prop.ForAll(Arb.From(PolicyVariants.Any.SelectMany(p => Cadences.Select(c => (p, c)))), x =>
    {
        var (policy, cadence) = x;
        var builder = ResponsePolicy.CreateBuilder();
        foreach (var change in policy.Changes)
        {
            change.Apply(builder);
        }

        var asList = builder.Level("P1", l => l.UpdateCadence(c => c.Every(cadence))).Build();
        var asDuration = ResponsePolicy.CreateBuilder();
        foreach (var change in policy.Changes)
        {
            change.Apply(asDuration);
        }

        Assert.Equal(asDuration.Level("P1", l => l.UpdateCadence(cadence)).Build(), asList);
    });

    [Invariant]
    public Property A_boundary_between_phases_of_the_same_cadence_changes_no_evaluation() => Prop.ForAll(
        Arb.From(
            from s in Scenarios.Of(RecordShape.Any).Generator
            from cadence in Cadences
            from split in Lengths
            select (s, cadence, split)),
        x =>
        {
            var (s, cadence, split) = x;

            var single = Engine(s.Policy, cadence, null).Evaluate(s.Incident, s.At);
            var phased = Engine(s.Policy, cadence, split).Evaluate(s.Incident, s.At);

            Assert.Equal(FieldsAndNext(single), FieldsAndNext(phased));
            return Prop.ToProperty(true).Classify(s.At - s.Incident.DetectedAt > split, "after the boundary");
        });
}
