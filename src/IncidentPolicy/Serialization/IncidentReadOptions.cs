using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Serialization;

/// <summary>
/// How <see cref="IncidentJson.ReadIncident(string, string?, IncidentReadOptions?)"/> reads an incident record.
/// Immutable; change a copy with <c>with</c>. The defaults (<see cref="Default"/>) are strict: every property
/// must be one the format defines; the limits (<see cref="DocumentReadOptions.MaxDocumentBytes"/>,
/// <see cref="DocumentReadOptions.MaxDepth"/>, <see cref="MaxEvents"/>) are described in docs/limits.md.
/// </summary>
/// <example>
/// <code>
/// // A host that stores records written by a newer version of the format, with fields this one does not know:
/// var options = new IncidentReadOptions { UnknownProperties = UnknownPropertyHandling.Ignore };
/// var incident = IncidentJson.ReadIncident(json, source: path, options);
/// </code>
/// </example>
public sealed record IncidentReadOptions : DocumentReadOptions
{
    /// <summary>The default of <see cref="MaxEvents"/>: 10,000 events.</summary>
    public const int DefaultMaxEvents = 10_000;

    /// <summary>The defaults: unknown properties refused, no policy (only what the record says about itself is checked).</summary>
    public static IncidentReadOptions Default { get; } = new();

    /// <summary>
    /// What to do with a property the format does not define: <see cref="UnknownPropertyHandling.Refuse"/>
    /// (the default) or <see cref="UnknownPropertyHandling.Ignore"/>.
    /// </summary>
    public UnknownPropertyHandling UnknownProperties { get; init; } = UnknownPropertyHandling.Refuse;

    /// <summary>
    /// The policy the record is read for, or <see langword="null"/> (the default). When set, a
    /// <c>severityAssigned</c> event's <c>severity</c> must be one of its levels, and a level it does not
    /// have is reported together with every other problem of the record, in one exception. Without it,
    /// levels are checked when the record is evaluated (<see cref="PolicyEngine.Evaluate"/>).
    /// <see cref="PolicyEngine.ReadIncident"/> reads with its own policy.
    /// </summary>
    public ResponsePolicy? Policy { get; init; }

    /// <summary>
    /// The most events a record may hold; a record with more is refused (at <c>$.events</c>, with every other problem
    /// of the record) and its events are not read. Default: <see cref="DefaultMaxEvents"/>. Must be positive.
    /// </summary>
    public int MaxEvents
    {
        get;
        init => field = value > 0 ? value : throw new System.ArgumentOutOfRangeException(nameof(value), value, "The limit of events must be a positive number.");
    } = DefaultMaxEvents;
}
