using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>A follow-up action item exists, with an owner and a due date. It also applies after resolution.</summary>
/// <param name="At">When it was created.</param>
/// <param name="Title">What is to be done.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="DueDate">The date it is due.</param>
public sealed record ActionItemCreated(Instant At, string Title, string Owner, LocalDate DueDate) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "actionItemCreated";

    internal override bool AppliesAfterResolution => true;
}
