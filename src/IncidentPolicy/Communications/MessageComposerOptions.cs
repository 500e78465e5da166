namespace IncidentPolicy.Communications;

/// <summary>What a <see cref="MessageComposer"/> adds to the procedure's messages when the host asks for it.</summary>
public sealed record MessageComposerOptions
{
    /// <summary>The procedure's messages as they are: nothing added.</summary>
    public static MessageComposerOptions Default { get; } = new();

    /// <summary>
    /// Whether the internal messages list the incident checklist's overdue items (the field
    /// <see cref="MessageFields.OverdueItems"/>, in the checklist's order): the default status update then ends with
    /// them, as what is still to do. The checklist is computed from the record at the message's instant with the
    /// policy's checklist settings. Off by default, when the field is empty; the customer message never lists them.
    /// </summary>
    public bool ListOverdueChecklistItems { get; init; }
}
