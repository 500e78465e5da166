using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Evaluation.Resume;
using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// Where a later evaluation of the same record may continue from instead of replaying it from detection: the
/// incident's state after every moment before <see cref="At"/>, and fingerprints of what that state was
/// derived from. Take it from <see cref="PolicyEngine.EvaluateWithCheckpoint"/>, persist it with the record
/// (<see cref="Serialization.CheckpointJson"/>), and pass it to the next evaluation.
/// </summary>
/// <remarks>
/// A checkpoint is only ever an optimisation: when the record before <see cref="At"/> is not the one it was
/// taken from (an event inserted, changed or removed before it), or the policy or the engine's version
/// differ, the evaluation replays from detection and says why in <see cref="CheckpointedEvaluation.Resume"/>.
/// The result is the same either way, byte for byte.
/// </remarks>
public sealed class EvaluationCheckpoint
{
    private ImmutableArray<CheckpointFact> _facts;
    private string? _recordFingerprint;

    internal EvaluationCheckpoint(
        string incidentId,
        Instant at,
        string engineVersion,
        string policyFingerprint,
        string? recordFingerprint,
        int eventCount,
        ImpactAssessment impact,
        ImmutableArray<CheckpointFact> facts,
        IReadOnlyList<object>? liveFacts,
        IncidentRecord? source = null)
    {
        IncidentId = incidentId;
        At = at;
        EngineVersion = engineVersion;
        PolicyFingerprint = policyFingerprint;
        _recordFingerprint = recordFingerprint;
        Source = source;
        EventCount = eventCount;
        Impact = impact;
        _facts = facts;
        LiveFacts = liveFacts;
    }

    /// <summary>The incident's id.</summary>
    public string IncidentId { get; }

    /// <summary>
    /// The checkpoint's instant: the evaluation instant it was taken at. It holds the state after every moment
    /// before this instant; moments at it are replayed on resume, so events recorded later at this very instant
    /// count.
    /// </summary>
    public Instant At { get; }

    /// <summary>The version of the engine that took it.</summary>
    public string EngineVersion { get; }

    /// <summary>A fingerprint (SHA-256) of the policy and its custom rules.</summary>
    public string PolicyFingerprint { get; }

    /// <summary>A fingerprint (SHA-256) of the record's fields and of its events before <see cref="At"/>, with their positions.</summary>
    /// <remarks>Computed when first read (to write the checkpoint, or to check it against another record).</remarks>
    public string RecordFingerprint => _recordFingerprint ??= Fingerprints.Record(Source!, At, out _);

    /// <summary>The number of the record's events before <see cref="At"/>.</summary>
    public int EventCount { get; }

    /// <summary>The impact as assessed last before <see cref="At"/>.</summary>
    internal ImpactAssessment Impact { get; }

    /// <summary>The state facts, as the wire format carries them.</summary>
    internal ImmutableArray<CheckpointFact> Facts
    {
        get
        {
            if (_facts.IsDefault)
            {
                var encoded = ImmutableArray.CreateBuilder<CheckpointFact>(LiveFacts!.Count);
                foreach (var fact in LiveFacts)
                {
                    encoded.Add(CheckpointFactCodec.Encode(fact)!);
                }

                // In one order whatever the session's: the same state writes the same bytes.
                encoded.Sort(CheckpointFact.Compare);
                _facts = encoded.MoveToImmutable();
            }

            return _facts;
        }
    }

    /// <summary>
    /// The record this checkpoint was taken from, when taken in this process: a record whose fields and events before
    /// <see cref="At"/> equal its own is the same document without computing <see cref="RecordFingerprint"/>.
    /// </summary>
    internal IncidentRecord? Source { get; }

    /// <summary>The state facts themselves, when this checkpoint was taken in this process (immutable: a resume reinserts them).</summary>
    internal IReadOnlyList<object>? LiveFacts { get; }
}
