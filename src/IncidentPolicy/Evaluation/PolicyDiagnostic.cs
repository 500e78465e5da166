using IncidentPolicy.Rules;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>
/// A finding of a check rule: something the policy asked for that did not happen, at the instant it
/// became true. Diagnostics are records of the incident's history: once reported, a diagnostic stays
/// in every later evaluation.
/// </summary>
/// <param name="Descriptor">The rule that reported it.</param>
/// <param name="Severity">Its configured severity.</param>
/// <param name="At">When it became true, e.g. the missed deadline.</param>
/// <param name="Message">What happened and why it matters.</param>
public sealed record PolicyDiagnostic(RuleDescriptor Descriptor, DiagnosticSeverity Severity, Instant At, string Message)
{
    /// <summary>The rule's ID, e.g. <c>IRP2001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <inheritdoc />
    public override string ToString() => $"{At} {Id} {Severity}: {Message}";
}
