using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A step of the investigation method was done.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Step">Which step.</param>
/// <param name="Note">What was found, in the responders' words, when given.</param>
public sealed record InvestigationStep(Instant At, MethodologyStep Step, string? Note = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "investigationStep";
}
