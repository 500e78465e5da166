namespace IncidentPolicy.Serialization;

/// <summary>
/// How <see cref="CheckpointJson.Read(string, string?, CheckpointReadOptions?)"/> reads a checkpoint: the limits of
/// size and nesting (docs/limits.md). Immutable; change a copy with <c>with</c>.
/// </summary>
public sealed record CheckpointReadOptions : DocumentReadOptions
{
    /// <summary>The defaults: <see cref="DocumentReadOptions.DefaultMaxDocumentBytes"/> and <see cref="DocumentReadOptions.DefaultMaxDepth"/>.</summary>
    public static CheckpointReadOptions Default { get; } = new();
}
