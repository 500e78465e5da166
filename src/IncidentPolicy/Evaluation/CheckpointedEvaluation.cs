namespace IncidentPolicy.Evaluation;

/// <summary>
/// An evaluation with the checkpoint to resume the next one from: what
/// <see cref="PolicyEngine.EvaluateWithCheckpoint"/> returns.
/// </summary>
/// <param name="Evaluation">The evaluation, byte for byte the one <see cref="PolicyEngine.Evaluate(Model.IncidentRecord, NodaTime.Instant)"/> gives.</param>
/// <param name="Checkpoint">
/// Where the next evaluation of the same record may continue from; persist it with the record. Null when the
/// incident's state cannot be carried (a custom rule left a fact the checkpoint does not know): the next
/// evaluation replays from detection.
/// </param>
/// <param name="Resume">How the checkpoint given to this evaluation was used.</param>
public sealed record CheckpointedEvaluation(PolicyEvaluation Evaluation, EvaluationCheckpoint? Checkpoint, ResumeOutcome Resume);
