using NodaTime;

namespace IncidentPolicy.Diff;

/// <summary>
/// A deadline (<c>deadlines.responseBy</c>, ...) or <c>nextEvaluationAt</c> that falls at another instant under
/// the new policy; <see langword="null"/> where it is not set. Always <see cref="ChangeKind.Changed"/>.
/// </summary>
public sealed record InstantChange : BehaviourChange
{
    internal InstantChange(string path, Instant? before, Instant? after)
        : base(ChangeKind.Changed, path)
    {
        Before = before;
        After = after;
    }

    /// <summary>The instant under the old policy, or <see langword="null"/> when not set.</summary>
    public Instant? Before { get; }

    /// <summary>The instant under the new policy, or <see langword="null"/> when not set.</summary>
    public Instant? After { get; }
}
