namespace IncidentPolicy.Checklist;

/// <summary>Where an item of the incident checklist stands at the report's instant.</summary>
public enum ChecklistItemState
{
    /// <summary>Done; <see cref="ChecklistItem.At"/> is the instant it became done. An item once done stays done.</summary>
    Done,

    /// <summary>Not done, and neither due nor past: there is still time.</summary>
    Pending,

    /// <summary>Not done, its due instant has come, and it can still be done.</summary>
    Overdue,

    /// <summary>It can no longer be done right: it belonged before resolution and was not done by then, or the review is booked too late.</summary>
    Missed,

    /// <summary>The item does not apply: the incident was never at a level that asks for it.</summary>
    NotApplicable,
}
