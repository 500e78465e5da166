using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Diff;

/// <summary>
/// A diagnostic that appears or disappears under the new policy, or one of the same rule that both report
/// at another instant, with another severity or another message.
/// </summary>
public sealed record DiagnosticChange : BehaviourChange
{
    internal DiagnosticChange(ChangeKind kind, string path, PolicyDiagnostic? before, PolicyDiagnostic? after)
        : base(kind, path)
    {
        Before = before;
        After = after;
    }

    /// <summary>The diagnostic under the old policy; <see langword="null"/> when <see cref="ChangeKind.Added"/>.</summary>
    public PolicyDiagnostic? Before { get; }

    /// <summary>The diagnostic under the new policy; <see langword="null"/> when <see cref="ChangeKind.Removed"/>.</summary>
    public PolicyDiagnostic? After { get; }
}
