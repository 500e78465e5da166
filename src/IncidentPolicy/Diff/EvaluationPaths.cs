using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Diff;

/// <summary>
/// The paths of a diff's changes: the keys of the evaluation result's JSON, taken from its wire type
/// (<see cref="EvaluationWire"/>) through the naming policy of <see cref="WireJsonContext"/>, and a deadline's
/// key from <see cref="Deadline.Name"/>, so each field is named in one place.
/// </summary>
internal static class EvaluationPaths
{
    public static string Severity { get; } = Key(nameof(EvaluationWire.Severity));

    public static string PeakSeverity { get; } = Key(nameof(EvaluationWire.PeakSeverity));

    public static string Status { get; } = Key(nameof(EvaluationWire.Status));

    public static string Phase { get; } = Key(nameof(EvaluationWire.Phase));

    public static string Channel { get; } = Key(nameof(EvaluationWire.Channel));

    public static string SeverityHistory { get; } = Key(nameof(EvaluationWire.SeverityHistory));

    public static string Deadlines { get; } = Key(nameof(EvaluationWire.Deadlines));

    public static string Notifications { get; } = Key(nameof(EvaluationWire.Notifications));

    public static string Diagnostics { get; } = Key(nameof(EvaluationWire.Diagnostics));

    public static string NextEvaluationAt { get; } = Key(nameof(EvaluationWire.NextEvaluationAt));

    /// <summary>A deadline's path, e.g. <c>deadlines.responseBy</c>.</summary>
    public static string Of(Deadline deadline) => Deadlines + "." + deadline.Name;

    private static string Key(string propertyName) => WireJsonContext.Default.Options.PropertyNamingPolicy!.ConvertName(propertyName);
}
