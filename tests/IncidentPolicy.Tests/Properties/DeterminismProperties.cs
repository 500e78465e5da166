using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// Property 10, "evaluation is a pure function of (policy, incident record, evaluation instant)" (docs/semantics.md, "Evaluation model"):
/// the same inputs give byte-identical JSON, and one engine evaluates incidents in parallel as it does one at a time.
/// </summary>
public sealed class DeterminismProperties
{
    [Invariant]
    public Property The_same_inputs_give_byte_identical_JSON() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var json = IncidentJson.WriteEvaluation(s.Evaluate(s.At));

        Assert.Equal(json, IncidentJson.WriteEvaluation(s.Evaluate(s.At)));
        // The same inputs by another road: the policy and the record written as JSON and read back, a second engine.
        var incident = IncidentJson.ReadIncident(IncidentJson.WriteIncident(s.Incident));
        Assert.Equal(json, IncidentJson.WriteEvaluation(s.Policy.ReadBackEngine.Evaluate(incident, s.At)));
    });

    [Invariant]
    public Property The_order_of_events_at_different_instants_in_the_record_does_not_matter() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        // Reverse the record, keeping the order of the events of each instant (which is meaningful).
        var reordered = s.Incident with { Events = [.. s.Incident.Events.GroupBy(e => e.At).Reverse().SelectMany(g => g)] };

        Assert.Equal(IncidentJson.WriteEvaluation(s.Evaluate(s.At)), IncidentJson.WriteEvaluation(s.Evaluate(reordered, s.At)));
    });

    [Invariant]
    public Property Evaluating_many_incidents_in_parallel_on_one_engine_gives_the_results_of_one_at_a_time() => Prop.ForAll(Batch.Arbitrary, batch =>
    {
        var engine = batch.Policy.Engine;
        var oneAtATime = batch.Cases.Select(c => IncidentJson.WriteEvaluation(engine.Evaluate(c.Incident, c.At))).ToArray();

        // Each case twice, on more threads than cores, so that evaluations overlap often.
        var inParallel = new string[batch.Cases.Length * 2];
        Parallel.For(0, inParallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (incident, at) = batch.Cases[i % batch.Cases.Length];
            inParallel[i] = IncidentJson.WriteEvaluation(engine.Evaluate(incident, at));
        });

        Assert.Equal([.. oneAtATime, .. oneAtATime], inParallel);
    });

    /// <summary>Many short incidents for one policy: evaluations short enough to overlap many times.</summary>
    internal sealed record Batch(GeneratedPolicy Policy, (IncidentRecord Incident, Instant At)[] Cases)
    {
        private static readonly RecordShape Short = RecordShape.Any with { MaxEvents = 8, MaxSpanHours = 6 };

        public static Arbitrary<Batch> Arbitrary { get; } = Arb.From(
            from policy in PolicyVariants.Any
            from count in Gen.Choose(8, 32)
            from cases in Gen.ArrayOf(
                from incident in IncidentRecords.Of(Short)
                from minutes in Gen.Choose(0, 8 * 60)
                select (incident, incident.DetectedAt + Duration.FromMinutes(minutes)),
                count)
            select new Batch(policy, cases),
            batch => batch.Cases.Length <= 1 ? [] : [batch with { Cases = batch.Cases[..(batch.Cases.Length / 2)] }, batch with { Cases = batch.Cases[1..] }]);

        public override string ToString() =>
            $"\n  {Policy}\n  " + string.Join("\n  ", Cases.Select(c => $"{IncidentRecords.Describe(c.Incident)}\n    evaluated at {c.At}"));
    }
}
