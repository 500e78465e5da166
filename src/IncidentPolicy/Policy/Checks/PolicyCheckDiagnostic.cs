using IncidentPolicy.Evaluation;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// A finding of a policy check: a setting of a valid policy that is questionable, where it is in the
/// policy document, and why it matters. Unlike a <see cref="PolicyDiagnostic"/>, it concerns the policy,
/// not an incident, so it has a path instead of an instant.
/// </summary>
/// <param name="Descriptor">The check that reported it (one of <see cref="PolicyChecks.All"/>).</param>
/// <param name="Severity">The check's configured severity.</param>
/// <param name="Path">A JSON path into the policy document, e.g. <c>$.severities.P2.updateCadence</c>.</param>
/// <param name="Message">What is wrong, with the offending values, and why it matters.</param>
public sealed record PolicyCheckDiagnostic(RuleDescriptor Descriptor, DiagnosticSeverity Severity, string Path, string Message)
{
    /// <summary>The check's ID, e.g. <c>IRP9002</c>.</summary>
    public string Id => Descriptor.Id;

    /// <inheritdoc />
    public override string ToString() => $"{Path} {Id} {Severity}: {Message}";
}
