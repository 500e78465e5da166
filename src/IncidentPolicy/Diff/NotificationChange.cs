using IncidentPolicy.Evaluation;

namespace IncidentPolicy.Diff;

/// <summary>
/// A recipient only one policy notifies, or one both notify (each recipient is notified at most once) at
/// another instant, level or channel.
/// </summary>
public sealed record NotificationChange : BehaviourChange
{
    internal NotificationChange(ChangeKind kind, string path, Notification? before, Notification? after)
        : base(kind, path)
    {
        Before = before;
        After = after;
    }

    /// <summary>The notification under the old policy; <see langword="null"/> when <see cref="ChangeKind.Added"/>.</summary>
    public Notification? Before { get; }

    /// <summary>The notification under the new policy; <see langword="null"/> when <see cref="ChangeKind.Removed"/>.</summary>
    public Notification? After { get; }
}
