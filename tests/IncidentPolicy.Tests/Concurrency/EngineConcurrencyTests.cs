using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>
/// One <see cref="PolicyEngine"/> shared by 16 threads (as a host shares it: build once, evaluate anywhere) writes the
/// bytes it writes one evaluation at a time: full evaluations, evaluations resumed from checkpoints (shared by the
/// threads too), and simulations.
/// </summary>
public sealed class EngineConcurrencyTests
{
    public static TheoryData<string> Policies => ["default", .. SamplePolicyFiles.Readable];

    [Theory]
    [MemberData(nameof(Policies))]
    public void Evaluations_on_16_threads_write_the_bytes_of_evaluations_one_at_a_time(string policy)
    {
        var shared = new PolicyEngine(PolicyOf(policy));
        var own = new PolicyEngine(PolicyOf(policy));

        SixteenThreads.AgreeWithOneAtATime(
            ConcurrencyInputs.Instants(),
            c => Outcome.Of(() => IncidentJson.WriteEvaluation(shared.Evaluate(c.Incident, c.At))),
            c => Outcome.Of(() => IncidentJson.WriteEvaluation(own.Evaluate(c.Incident, c.At))));
    }

    [Fact]
    public void Evaluations_resumed_on_16_threads_from_shared_checkpoints_write_the_bytes_of_full_evaluations()
    {
        var shared = new PolicyEngine(ResponsePolicy.Default);
        var own = new PolicyEngine(ResponsePolicy.Default);

        // Each checkpoint taken once, then resumed from by every thread at once: a checkpoint is a value a host may cache.
        var cases = ConcurrencyInputs.Instants(8)
            .Select(c => (Case: c, Checkpoint: own.EvaluateWithCheckpoint(c.Incident, c.At).Checkpoint))
            .SelectMany(c => new[] { 1, 45, 240 }.Select(minutes => new Resumed(c.Case, c.Case.At + Duration.FromMinutes(minutes), c.Checkpoint)))
            .ToList();
        Assert.Contains(cases, c => c.Checkpoint is not null);

        SixteenThreads.AgreeWithOneAtATime(
            cases,
            c => Resume(shared, c),
            c => Resume(own, c));
    }

    [Fact]
    public void Chains_of_resumed_evaluations_on_16_threads_write_the_bytes_of_a_chain_one_at_a_time()
    {
        var shared = new PolicyEngine(ResponsePolicy.Default);
        var own = new PolicyEngine(ResponsePolicy.Default);

        SixteenThreads.AgreeWithOneAtATime(ConcurrencyInputs.Instants(3), c => Chain(shared, c), c => Chain(own, c));
    }

    [Fact]
    public void Simulations_on_16_threads_write_the_bytes_of_simulations_one_at_a_time()
    {
        var shared = new PolicyEngine(ResponsePolicy.Default);
        var own = new PolicyEngine(ResponsePolicy.Default);
        var cases = ConcurrencyInputs.Records.Select(r => new IncidentAt(r, r.DetectedAt + Duration.FromHours(18))).ToList();

        SixteenThreads.AgreeWithOneAtATime(
            cases,
            c => IncidentJson.WriteSimulation(PolicySimulator.Simulate(shared, c.Incident, c.At)),
            c => IncidentJson.WriteSimulation(PolicySimulator.Simulate(own, c.Incident, c.At)));
    }

    private static ResponsePolicy PolicyOf(string name) => name == "default"
        ? ResponsePolicy.Default
        : PolicyJson.ReadOverride(File.ReadAllText(Repository.PathOf("samples", "policies", name)), source: name);

    // The result, how the checkpoint was used, and the next checkpoint.
    private static string Resume(PolicyEngine engine, Resumed c)
    {
        var (evaluation, next, resume) = engine.EvaluateWithCheckpoint(c.From.Incident, c.At, c.Checkpoint);
        return $"{IncidentJson.WriteEvaluation(evaluation)}\n{resume}\n{(next is null ? "none" : CheckpointJson.Write(next))}";
    }

    // A host's wake-ups: from the instant, each nextEvaluationAt (at most 12), each resumed from the checkpoint before.
    private static string Chain(PolicyEngine engine, IncidentAt c)
    {
        var results = new List<string>();
        EvaluationCheckpoint? checkpoint = null;
        Instant? at = c.At;
        for (var step = 0; step < 12 && at is { } now; step++)
        {
            var (evaluation, next, _) = engine.EvaluateWithCheckpoint(c.Incident, now, checkpoint);
            results.Add(IncidentJson.WriteEvaluation(evaluation, indented: false));
            checkpoint = next;
            at = evaluation.NextEvaluationAt;
        }

        return string.Join("\n", results);
    }

    /// <summary>A case evaluated at <see cref="At"/>, resumed from the checkpoint taken at <see cref="IncidentAt.At"/>.</summary>
    internal sealed record Resumed(IncidentAt From, Instant At, EvaluationCheckpoint? Checkpoint)
    {
        public override string ToString() => $"{From} resumed at {At}";
    }
}
