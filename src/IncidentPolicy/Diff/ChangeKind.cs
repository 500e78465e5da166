namespace IncidentPolicy.Diff;

/// <summary>
/// What a policy change does to one part of an evaluation: on the wire <c>added</c>, <c>removed</c> or
/// <c>changed</c> (<see cref="Serialization.WireNames.ChangeKind"/>).
/// </summary>
public enum ChangeKind
{
    /// <summary>An entry (a level change, a notification, a diagnostic) that only the new policy gives.</summary>
    Added,

    /// <summary>An entry that only the old policy gives.</summary>
    Removed,

    /// <summary>A value that both give, different: a field, or an entry that moved or changed.</summary>
    Changed,
}
