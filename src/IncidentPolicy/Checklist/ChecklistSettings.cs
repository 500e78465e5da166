using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Checklist;

/// <summary>
/// The policy's settings for the incident checklist: how long triage may take and which levels need an
/// incident channel. Set them with <see cref="ResponsePolicyBuilder"/> or the policy document's <c>checklist</c> section.
/// </summary>
public sealed record ChecklistSettings
{
    /// <summary>The names of the levels that need a channel by default: <c>P0</c>, <c>P1</c> and <c>P2</c> (those the policy has).</summary>
    public static ImmutableArray<string> DefaultChannelLevels { get; } = ["P0", "P1", "P2"];

    /// <summary>The defaults: triage within 5 minutes, a channel for P0, P1 and P2.</summary>
    public static ChecklistSettings Default { get; } = new();

    /// <summary>How long after detection the impact must be assessed (<c>impactAssessed</c> is due then). Default 5 minutes.</summary>
    public PolicyDuration TriageWithin { get; init; } = PolicyDuration.Within(Duration.FromMinutes(5));

    /// <summary>
    /// The names of the levels at which an incident channel or bridge must be opened (<c>channelOpened</c>);
    /// <see langword="null"/> for the default, the levels named <c>P0</c>, <c>P1</c> and <c>P2</c> that the policy has.
    /// </summary>
    public ImmutableArray<string>? RequiresChannel { get; init; }

    /// <inheritdoc />
    public bool Equals(ChecklistSettings? other) =>
        other is not null
        && TriageWithin == other.TriageWithin
        && (RequiresChannel is { } mine ? other.RequiresChannel is { } theirs && mine.SequenceEqual(theirs) : other.RequiresChannel is null);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TriageWithin, RequiresChannel?.Length);

    /// <summary>Whether the level named <paramref name="level"/> needs a channel.</summary>
    /// <param name="level">A level's name.</param>
    /// <returns><see langword="true"/> when it is one of <see cref="RequiresChannel"/> (or of the defaults).</returns>
    public bool ChannelRequiredAt(string level) =>
        (RequiresChannel ?? DefaultChannelLevels).Contains(level, StringComparer.Ordinal);
}
