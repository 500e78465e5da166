using System;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>
/// "If a P2 is not resolved within 4 hours, escalate to P1": after <see cref="After"/> at a level
/// without resolution, the incident rises to <see cref="To"/> (IRP3001).
/// </summary>
public sealed record EscalationStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="after">The time at the level after which it escalates; positive.</param>
    /// <param name="to">The name of the level it escalates to; it must be more severe.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="after"/> is not positive.</exception>
    public EscalationStep(Duration after, string to)
    {
        if (after <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(after), after, ProblemMessages.NotPositive(after));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        After = after;
        To = to;
    }

    /// <summary>The time at the level after which it escalates.</summary>
    public Duration After { get; }

    /// <summary>The level it escalates to.</summary>
    public string To { get; }
}
