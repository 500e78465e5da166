using System.Collections.Immutable;
using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>Maps an <see cref="EvaluationCheckpoint"/> to its wire type.</summary>
internal static class CheckpointWireMapper
{
    public static CheckpointWire ToWire(EvaluationCheckpoint checkpoint)
    {
        var facts = checkpoint.Facts;
        var wire = ImmutableArray.CreateBuilder<CheckpointFactWire>(facts.Length);
        foreach (var fact in facts)
        {
            wire.Add(new CheckpointFactWire(fact.Kind, fact.Values));
        }

        var impact = checkpoint.Impact;
        return new CheckpointWire(
            checkpoint.IncidentId,
            checkpoint.At,
            checkpoint.EngineVersion,
            checkpoint.PolicyFingerprint,
            checkpoint.RecordFingerprint,
            checkpoint.EventCount,
            IncidentWireMapper.Impact(impact),
            wire.MoveToImmutable());
    }
}
