using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Diff;

/// <summary>
/// An entry of <c>severityHistory</c> that only one policy gives, or that both give (the same level, by the
/// same rule) at another instant or for another reason.
/// </summary>
public sealed record SeverityHistoryChange : BehaviourChange
{
    internal SeverityHistoryChange(ChangeKind kind, string path, SeverityChange? before, SeverityChange? after)
        : base(kind, path)
    {
        Before = before;
        After = after;
    }

    /// <summary>The entry under the old policy; <see langword="null"/> when <see cref="ChangeKind.Added"/>.</summary>
    public SeverityChange? Before { get; }

    /// <summary>The entry under the new policy; <see langword="null"/> when <see cref="ChangeKind.Removed"/>.</summary>
    public SeverityChange? After { get; }
}
