using NodaTime;

namespace IncidentPolicy.Model.Events;

/// <summary>The cause of the incident is known: the phase becomes <c>identified</c> (unless mitigation has begun). It also applies after resolution.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Summary">The cause, in the responders' words, e.g. <c>connection pool exhausted after the 14:00 deploy</c>.</param>
public sealed record CauseIdentified(Instant At, string Summary) : IncidentEvent(At)
{
    /// <inheritdoc />
    public override string Type => "causeIdentified";

    internal override bool AppliesAfterResolution => true;
}
