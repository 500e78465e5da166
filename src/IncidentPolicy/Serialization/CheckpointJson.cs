using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization.Wire;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes and reads <see cref="EvaluationCheckpoint"/>s, so a host can keep one with each record it follows
/// (docs/wire-format.md describes the document).
/// </summary>
/// <example>
/// <code>
/// var result = engine.EvaluateWithCheckpoint(incident, now, stored is null ? null : CheckpointJson.Read(stored));
/// stored = result.Checkpoint is null ? null : CheckpointJson.Write(result.Checkpoint);
/// </code>
/// </example>
public static class CheckpointJson
{
    /// <summary>Writes <paramref name="checkpoint"/> as JSON, compact unless <paramref name="indented"/>.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="indented">Whether to indent (2 spaces, LF line ends); a stored checkpoint is usually compact.</param>
    /// <returns>The JSON document.</returns>
    public static string Write(EvaluationCheckpoint checkpoint, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return WireJson.Write(CheckpointWireMapper.ToWire(checkpoint), indented);
    }

    /// <summary>
    /// Reads a checkpoint written by <see cref="Write"/>. Only its shape is checked: a checkpoint of another policy,
    /// record or engine version reads fine, and makes the evaluation given it replay from detection.
    /// </summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="source">Where it came from (a file name), for the error message.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCheckpointException">The document is not a checkpoint, or over a limit of <see cref="CheckpointReadOptions.Default"/>; every problem found is listed.</exception>
    public static EvaluationCheckpoint Read(string json, string? source = null) => Read(json, source, null);

    /// <summary>Reads a checkpoint written by <see cref="Write"/>, within the limits of <paramref name="options"/>; checked as by <see cref="Read(string, string?)"/>.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="source">Where it came from (a file name), for the error message.</param>
    /// <param name="options">The limits (docs/limits.md); <see langword="null"/> for <see cref="CheckpointReadOptions.Default"/>.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCheckpointException">The document is not a checkpoint, or over a limit of <paramref name="options"/>; every problem found is listed.</exception>
    public static EvaluationCheckpoint Read(string json, string? source, CheckpointReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        return CheckpointReader.Read(json, source, options ?? CheckpointReadOptions.Default);
    }
}
