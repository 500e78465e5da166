using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A person set the severity, up or down. Refused below the most severe level while a security breach is flagged (IRP1002).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Severity">The name of the level assigned, e.g. <c>P1</c>.</param>
/// <param name="By">Who assigned it.</param>
/// <param name="Reason">Why, in their words; it becomes the history entry's reason.</param>
public sealed record SeverityAssigned(Instant At, string Severity, string? By = null, string? Reason = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "severityAssigned";
}
