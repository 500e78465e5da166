using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Policy;

/// <summary>What the policy requires at one severity level (docs/configuration.md): its response time, update cadence, escalation, recipients, roles, verification window and review.</summary>
public sealed record SeverityLevelPolicy
{
    /// <summary>Creates the settings of one level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="title">Its name for people, e.g. <c>Total Outage</c>.</param>
    /// <param name="responseTime">Time from detection (or a rise) to acknowledgement (IRP2001).</param>
    /// <param name="updateCadence">Time between status updates (IRP5001): one cadence, or phases by the incident's age; a <see cref="Duration"/> converts.</param>
    /// <param name="escalation">Automatic escalation (IRP3001), or <see langword="null"/> for none.</param>
    /// <param name="notify">The recipients notified on entering the level (IRP4001), in order.</param>
    /// <param name="requiredRoles">The roles that must be assigned at this level (IRP4002).</param>
    /// <param name="verificationWindow">How long to monitor after a mitigation before resolving (IRP6001), or <see langword="null"/>.</param>
    /// <param name="reviewWithin">Time after resolution by which the post-incident review is due when this is the peak level (IRP7001): a duration or business days, or <see langword="null"/>.</param>
    /// <param name="customerUpdateCadence">Time between customer updates (IRP5003): one cadence, or phases by the incident's age; <see langword="null"/> when customers get no updates at this level.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is not positive.</exception>
    /// <exception cref="ArgumentException">The phases of the update cadence or the customer update cadence are not a schedule (see <see cref="CadenceSchedule"/>).</exception>
    public SeverityLevelPolicy(
        SeverityLevel level,
        string title,
        PolicyDuration responseTime,
        CadenceSchedule updateCadence,
        EscalationStep? escalation = null,
        IEnumerable<string>? notify = null,
        IEnumerable<IncidentRole>? requiredRoles = null,
        Duration? verificationWindow = null,
        PolicyDuration? reviewWithin = null,
        CadenceSchedule? customerUpdateCadence = null)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(responseTime);
        ArgumentNullException.ThrowIfNull(updateCadence);
        RequirePositive(responseTime.Duration, nameof(responseTime));
        if (CadenceSchedule.Problems(updateCadence.Phases).FirstOrDefault() is { Message: { } problem } found)
        {
            throw new ArgumentException(found.Index is { } i ? $"phase {i + 1}: {problem}" : problem, nameof(updateCadence));
        }

        if (customerUpdateCadence is not null && CadenceSchedule.Problems(customerUpdateCadence.Phases).FirstOrDefault() is { Message: { } customerProblem } customerFound)
        {
            throw new ArgumentException(customerFound.Index is { } i ? $"phase {i + 1}: {customerProblem}" : customerProblem, nameof(customerUpdateCadence));
        }

        RequirePositive(verificationWindow, nameof(verificationWindow));
        RequirePositive(reviewWithin?.Duration, nameof(reviewWithin));
        Level = level;
        Title = title ?? string.Empty;
        ResponseTime = responseTime;
        UpdateCadence = updateCadence;
        Escalation = escalation;
        Notify = notify is null ? [] : [.. notify.Distinct(StringComparer.Ordinal)];
        RequiredRoles = requiredRoles is null ? [] : [.. requiredRoles.Distinct()];
        VerificationWindow = verificationWindow;
        ReviewWithin = reviewWithin;
        CustomerUpdateCadence = customerUpdateCadence;
    }

    /// <summary>The level.</summary>
    public SeverityLevel Level { get; }

    /// <summary>The level's name, e.g. <c>P1</c>: short for <c>Level.Name</c>.</summary>
    public string Name => Level.Name;

    /// <summary>Its name for people, e.g. <c>Total Outage</c>.</summary>
    public string Title { get; }

    /// <summary>Time from detection (or a rise) to acknowledgement: a duration or business days.</summary>
    public PolicyDuration ResponseTime { get; }

    /// <summary>Time between status updates: one cadence, or phases by the incident's age.</summary>
    public CadenceSchedule UpdateCadence { get; }

    /// <summary>Time between customer updates (IRP5003): one cadence, or phases by the incident's age; <see langword="null"/> when nothing is due to customers at this level.</summary>
    public CadenceSchedule? CustomerUpdateCadence { get; }

    /// <summary>Automatic escalation from this level, if any.</summary>
    public EscalationStep? Escalation { get; }

    /// <summary>The recipients notified on entering this level, in order.</summary>
    public ImmutableArray<string> Notify { get; }

    /// <summary>The roles that must be assigned at this level.</summary>
    public ImmutableArray<IncidentRole> RequiredRoles { get; }

    /// <summary>How long to monitor after the last mitigation before resolving, if at all.</summary>
    public Duration? VerificationWindow { get; }

    /// <summary>When this is the peak level: time after resolution by which the review is due (a duration or business days), if any.</summary>
    public PolicyDuration? ReviewWithin { get; }

    /// <summary>Whether this level is more severe than <paramref name="other"/>: short for <c>Level.IsMoreSevereThan(other.Level)</c>.</summary>
    /// <param name="other">Another level of the same policy.</param>
    /// <returns><see langword="true"/> when this level is more severe.</returns>
    public bool IsMoreSevereThan(SeverityLevelPolicy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Level.IsMoreSevereThan(other.Level);
    }

    /// <summary>Whether this level requires incident roles.</summary>
    public bool RequiresRoles => !RequiredRoles.IsEmpty;

    /// <inheritdoc />
    public bool Equals(SeverityLevelPolicy? other) =>
        other is not null
        && Level == other.Level
        && Title == other.Title
        && ResponseTime == other.ResponseTime
        && UpdateCadence == other.UpdateCadence
        && Escalation == other.Escalation
        && Notify.SequenceEqual(other.Notify)
        && RequiredRoles.SequenceEqual(other.RequiredRoles)
        && VerificationWindow == other.VerificationWindow
        && ReviewWithin == other.ReviewWithin
        && CustomerUpdateCadence == other.CustomerUpdateCadence;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, ResponseTime, UpdateCadence, Escalation);

    private static void RequirePositive(Duration? duration, string name)
    {
        if (duration is { } d && d <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(name, d, ProblemMessages.NotPositive(d));
        }
    }
}
