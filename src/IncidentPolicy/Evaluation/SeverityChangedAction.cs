namespace IncidentPolicy.Evaluation;

/// <summary>The incident entered a level: a new entry of the severity history.</summary>
public sealed record SeverityChangedAction : SimulatedAction
{
    /// <summary>Creates the action, at the instant of the change.</summary>
    /// <param name="change">The new history entry.</param>
    public SeverityChangedAction(SeverityChange change)
        : base(change.Since) => Change = change;

    /// <summary>The new history entry.</summary>
    public SeverityChange Change { get; }

    /// <inheritdoc />
    public override SimulatedActionKind Kind => SimulatedActionKind.SeverityChanged;

    /// <inheritdoc />
    public override string? RuleId => Change.RuleId;

    /// <inheritdoc />
    public override string ToString() => $"{At} {Change.Severity} ({Change.RuleId}): {Change.Reason}";
}
