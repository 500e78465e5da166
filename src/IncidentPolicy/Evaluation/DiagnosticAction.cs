namespace IncidentPolicy.Evaluation;

/// <summary>A check rule reported a diagnostic.</summary>
public sealed record DiagnosticAction : SimulatedAction
{
    /// <summary>Creates the action, at the instant of the diagnostic.</summary>
    /// <param name="diagnostic">What the check rule found.</param>
    public DiagnosticAction(PolicyDiagnostic diagnostic)
        : base(diagnostic.At) => Diagnostic = diagnostic;

    /// <summary>What the check rule found.</summary>
    public PolicyDiagnostic Diagnostic { get; }

    /// <inheritdoc />
    public override SimulatedActionKind Kind => SimulatedActionKind.Diagnostic;

    /// <inheritdoc />
    public override string? RuleId => Diagnostic.Id;

    /// <inheritdoc />
    public override string ToString() => $"{At} {Diagnostic.Id} {Diagnostic.Severity}: {Diagnostic.Message}";
}
