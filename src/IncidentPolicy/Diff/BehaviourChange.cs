namespace IncidentPolicy.Diff;

/// <summary>
/// One difference between what two policies say about an incident at one instant (<see cref="PolicyDiff"/>).
/// Each part of the evaluation is a subtype with its own values: <see cref="FieldChange"/> (the severity,
/// peak, status, phase and channel), <see cref="InstantChange"/> (each deadline and <c>nextEvaluationAt</c>),
/// <see cref="SeverityHistoryChange"/>, <see cref="NotificationChange"/> and <see cref="DiagnosticChange"/>.
/// </summary>
/// <example>
/// <code>
/// foreach (var change in diff.Changes)
/// {
///     if (change is NotificationChange { Kind: ChangeKind.Added } n) Console.WriteLine($"also notifies {n.After!.Recipient}");
/// }
/// </code>
/// </example>
public abstract record BehaviourChange
{
    private protected BehaviourChange(ChangeKind kind, string path)
    {
        Kind = kind;
        Path = path;
    }

    /// <summary>Added, removed or changed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>
    /// The field of the evaluation result, named as in its JSON: <c>severity</c>, <c>deadlines.responseBy</c>,
    /// <c>notifications</c>, <c>diagnostics</c>, ...
    /// </summary>
    public string Path { get; }
}
