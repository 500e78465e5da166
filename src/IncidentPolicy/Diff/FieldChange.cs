namespace IncidentPolicy.Diff;

/// <summary>
/// A field of the evaluation with one value under each policy: <c>severity</c>, <c>peakSeverity</c> (level
/// names), <c>status</c>, <c>phase</c> (their wire names) or <c>channel</c> (the channel's name, <see langword="null"/>
/// with IRP5002 off). Always <see cref="ChangeKind.Changed"/>.
/// </summary>
public sealed record FieldChange : BehaviourChange
{
    internal FieldChange(string path, string? before, string? after)
        : base(ChangeKind.Changed, path)
    {
        Before = before;
        After = after;
    }

    /// <summary>The value under the old policy.</summary>
    public string? Before { get; }

    /// <summary>The value under the new policy.</summary>
    public string? After { get; }
}
