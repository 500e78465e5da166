using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>
/// A status update was posted: an internal one counts for the status-update cadence (IRP5001), a customer one for
/// the customer update cadence (IRP5003), neither for the other. It also occurs after resolution (an all-clear),
/// where it changes nothing in the evaluation.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Audience">Who it was posted to; internal by default.</param>
/// <param name="Message">What it said, when recorded.</param>
public sealed record StatusUpdatePosted(Instant At, UpdateAudience Audience = UpdateAudience.Internal, string? Message = null) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "statusUpdatePosted";

    internal override bool AppliesAfterResolution => true;
}
