namespace IncidentPolicy.Evaluation;

/// <summary>How an evaluation with <see cref="PolicyEngine.EvaluateWithCheckpoint"/> used the checkpoint it was given.</summary>
public enum ResumeOutcome
{
    /// <summary>No checkpoint was given: the record was replayed from detection.</summary>
    NoCheckpoint,

    /// <summary>The evaluation continued from the checkpoint: only what happens after its instant was replayed.</summary>
    Resumed,

    /// <summary>
    /// The record up to the checkpoint's instant is not the one the checkpoint was taken from (an event inserted,
    /// changed or removed before it, another incident): the record was replayed from detection.
    /// </summary>
    RecordChanged,

    /// <summary>The checkpoint was taken with another policy: the record was replayed from detection.</summary>
    PolicyChanged,

    /// <summary>The checkpoint was taken by another version of the engine: the record was replayed from detection.</summary>
    EngineVersionChanged,

    /// <summary>The evaluation instant is before the checkpoint's instant: the record was replayed from detection.</summary>
    InstantBeforeCheckpoint,

    /// <summary>The checkpoint's state could not be restored with this policy (it names what the policy does not have): the record was replayed from detection.</summary>
    CheckpointNotUsable,
}
