namespace IncidentPolicy.Serialization;

/// <summary>
/// How <see cref="PolicyJson"/> reads a policy document: the limits of size and nesting (docs/limits.md).
/// Immutable; change a copy with <c>with</c>.
/// </summary>
/// <example>
/// <code>
/// var policy = PolicyJson.ReadOverride(json, basePolicy: null, source: path, new PolicyReadOptions { MaxDocumentBytes = 64 * 1024 * 1024 });
/// </code>
/// </example>
public sealed record PolicyReadOptions : DocumentReadOptions
{
    /// <summary>The defaults: <see cref="DocumentReadOptions.DefaultMaxDocumentBytes"/> and <see cref="DocumentReadOptions.DefaultMaxDepth"/>.</summary>
    public static PolicyReadOptions Default { get; } = new();
}
