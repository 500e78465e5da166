using System.Collections.Frozen;
using System.Collections.Generic;

namespace IncidentPolicy.Communications;

/// <summary>
/// The names of the fields a message template can use, in templates, in <see cref="ComposedMessage.Missing"/>
/// and for values a host gives (docs/communications.md has what each holds).
/// </summary>
public static class MessageFields
{
    /// <summary>The current level (the resolution message: the most severe level reached).</summary>
    public const string Severity = "severity";

    /// <summary>The record's title.</summary>
    public const string Title = "title";

    /// <summary>Who is affected and how: the impact's description, else words from the assessment.</summary>
    public const string Impact = "impact";

    /// <summary>When the incident started (else was detected), in UTC.</summary>
    public const string StartTime = "startTime";

    /// <summary>The phase, capitalised: Investigating, Identified, Mitigating or Resolved.</summary>
    public const string Status = "status";

    /// <summary>Who holds the incident commander role, else <c>unassigned</c>.</summary>
    public const string IncidentCommander = "incidentCommander";

    /// <summary>The incident channel.</summary>
    public const string Channel = "channel";

    /// <summary>The current level's update cadence in words; empty at a level without one.</summary>
    public const string NextUpdateIn = "nextUpdateIn";

    /// <summary>How long the incident has lasted (the resolution message: from detection to resolution).</summary>
    public const string Duration = "duration";

    /// <summary>The action of every mitigation applied so far, in order (a list).</summary>
    public const string ActionsTaken = "actionsTaken";

    /// <summary>What is happening now: given by a person.</summary>
    public const string CurrentState = "currentState";

    /// <summary>What will be done next: given by a person.</summary>
    public const string NextSteps = "nextSteps";

    /// <summary>The root cause given at resolution, else the last cause identified.</summary>
    public const string RootCause = "rootCause";

    /// <summary>What fixed it, given at resolution.</summary>
    public const string Resolution = "resolution";

    /// <summary>The user-facing impact, given at resolution.</summary>
    public const string CustomerImpact = "customerImpact";

    /// <summary>The post-incident review: when it is scheduled, else by when it is due; empty when no review is due.</summary>
    public const string FollowUp = "followUp";

    /// <summary>The service's name for customers (the policy's <c>communications.serviceName</c>); empty when unset.</summary>
    public const string ServiceName = "serviceName";

    /// <summary>Who is affected, for customers: the impact's customer description, else plain words from the scope.</summary>
    public const string CustomerDescription = "customerDescription";

    /// <summary>The phase in plain words for customers.</summary>
    public const string CustomerStatus = "customerStatus";

    /// <summary>The level's customer update cadence in words; empty at a level without one.</summary>
    public const string CustomerCadence = "customerCadence";

    /// <summary>
    /// The checklist's overdue items, in the checklist's order (a list): each has <c>key</c> (<c>channelOpened</c>),
    /// <c>title</c> (the item as the checklist says it) and <c>dueBy</c> (<c>2024-03-15 14:30 UTC</c>). Filled only when
    /// the composer is asked to (<see cref="MessageComposerOptions.ListOverdueChecklistItems"/>), else empty; never in the
    /// customer message, and never given by a host: it is computed from the record.
    /// </summary>
    public const string OverdueItems = "overdueItems";

    /// <summary>The members of each item of <see cref="OverdueItems"/>: <c>key</c>, <c>title</c> and <c>dueBy</c>.</summary>
    public static IReadOnlyList<string> OverdueItemMembers { get; } = [OverdueChecklistItems.Key, OverdueChecklistItems.Title, OverdueChecklistItems.DueBy];

    /// <summary>Every field a host can give a value for (and a template can use), in the order of the field table; an internal message's template can also use <see cref="OverdueItems"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Severity, Title, Impact, StartTime, Status, IncidentCommander, Channel, NextUpdateIn, Duration, ActionsTaken,
        CurrentState, NextSteps, RootCause, Resolution, CustomerImpact, FollowUp, ServiceName, CustomerDescription,
        CustomerStatus, CustomerCadence,
    ];

    /// <summary>The fields the customer message may use: nothing internal (no level, person, role, channel or responders' text).</summary>
    public static IReadOnlyList<string> Customer { get; } = [ServiceName, CustomerDescription, StartTime, CustomerStatus, CustomerCadence];

    internal static FrozenSet<string> AllSet { get; } = FrozenSet.ToFrozenSet(All, System.StringComparer.Ordinal);

    internal static FrozenSet<string> CustomerSet { get; } = FrozenSet.ToFrozenSet(Customer, System.StringComparer.Ordinal);

    /// <summary>The fields an internal message's template may use: every field and <see cref="OverdueItems"/>.</summary>
    internal static IReadOnlyList<string> Internal { get; } = [.. All, OverdueItems];

    internal static FrozenSet<string> InternalSet { get; } = FrozenSet.ToFrozenSet(Internal, System.StringComparer.Ordinal);

    /// <summary>The fields a template of <paramref name="kind"/> may use.</summary>
    internal static FrozenSet<string> For(MessageKind kind) => kind == MessageKind.Customer ? CustomerSet : InternalSet;

    /// <summary>The fields a template of <paramref name="kind"/> may use, in order, for messages.</summary>
    internal static IReadOnlyList<string> Listed(MessageKind kind) => kind == MessageKind.Customer ? Customer : Internal;
}
