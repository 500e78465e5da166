using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The names of the enums' values in JSON documents, defined once (docs/wire-format.md): the readers, the
/// writers, the command line's text and hosts that show them all use these, so every place names a value alike.
/// </summary>
/// <example>
/// <code>
/// var word = WireNames.RuleSeverity.Name(RuleSeverity.Warning); // "warning"
/// </code>
/// </example>
public static class WireNames
{
    /// <summary>A checklist item's state: <c>done</c>, <c>pending</c>, <c>overdue</c>, <c>missed</c> or <c>notApplicable</c>.</summary>
    public static EnumWireNames<Checklist.ChecklistItemState> ChecklistItemState { get; } = new(
        "state",
        Checklist.ChecklistItemState.Done,
        Checklist.ChecklistItemState.Pending,
        Checklist.ChecklistItemState.Overdue,
        Checklist.ChecklistItemState.Missed,
        Checklist.ChecklistItemState.NotApplicable);

    /// <summary>Who is affected: <c>all</c>, <c>most</c>, <c>subset</c>, <c>internal</c> or <c>unknown</c>.</summary>
    public static EnumWireNames<UsersAffected> UsersAffected { get; } = new(
        "value", Model.UsersAffected.All, Model.UsersAffected.Most, Model.UsersAffected.Subset, Model.UsersAffected.Internal, Model.UsersAffected.Unknown);

    /// <summary>What is broken: <c>outage</c>, <c>coreSeverelyImpaired</c>, <c>coreDegraded</c>, <c>nonCore</c>, <c>cosmetic</c> or <c>unknown</c>.</summary>
    public static EnumWireNames<ImpactScope> Scope { get; } = new(
        "value", ImpactScope.Outage, ImpactScope.CoreSeverelyImpaired, ImpactScope.CoreDegraded, ImpactScope.NonCore, ImpactScope.Cosmetic, ImpactScope.Unknown);

    /// <summary>The incident roles: <c>incidentCommander</c>, <c>technicalLead</c>, <c>communicationsLead</c> or <c>scribe</c>.</summary>
    public static EnumWireNames<IncidentRole> Role { get; } = new(
        "role", IncidentRole.IncidentCommander, IncidentRole.TechnicalLead, IncidentRole.CommunicationsLead, IncidentRole.Scribe);

    /// <summary>An incident's status: <c>open</c>, <c>mitigated</c> or <c>resolved</c>.</summary>
    public static EnumWireNames<IncidentStatus> Status { get; } = new(
        "status", IncidentStatus.Open, IncidentStatus.Mitigated, IncidentStatus.Resolved);

    /// <summary>An incident's phase: <c>investigating</c>, <c>identified</c>, <c>mitigating</c> or <c>resolved</c>.</summary>
    public static EnumWireNames<IncidentPhase> Phase { get; } = new(
        "phase", IncidentPhase.Investigating, IncidentPhase.Identified, IncidentPhase.Mitigating, IncidentPhase.Resolved);

    /// <summary>A diagnostic's severity: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static EnumWireNames<DiagnosticSeverity> DiagnosticSeverity { get; } = new(
        "severity", Evaluation.DiagnosticSeverity.Info, Evaluation.DiagnosticSeverity.Warning, Evaluation.DiagnosticSeverity.Error);

    /// <summary>How a recipient is reached: <c>page</c>, <c>chat</c>, <c>email</c> or <c>ticket</c>.</summary>
    public static EnumWireNames<NotificationChannel> Channel { get; } = new(
        "channel", NotificationChannel.Page, NotificationChannel.Chat, NotificationChannel.Email, NotificationChannel.Ticket);

    /// <summary>A rule's configured severity: <c>none</c>, <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static EnumWireNames<RuleSeverity> RuleSeverity { get; } = new(
        "severity", Policy.RuleSeverity.None, Policy.RuleSeverity.Info, Policy.RuleSeverity.Warning, Policy.RuleSeverity.Error);

    /// <summary>The days of a business calendar's week: <c>monday</c> to <c>sunday</c>.</summary>
    public static EnumWireNames<NodaTime.IsoDayOfWeek> WorkingDay { get; } = new(
        "day",
        NodaTime.IsoDayOfWeek.Monday,
        NodaTime.IsoDayOfWeek.Tuesday,
        NodaTime.IsoDayOfWeek.Wednesday,
        NodaTime.IsoDayOfWeek.Thursday,
        NodaTime.IsoDayOfWeek.Friday,
        NodaTime.IsoDayOfWeek.Saturday,
        NodaTime.IsoDayOfWeek.Sunday);

    /// <summary>Who a status update was posted to: <c>internal</c> or <c>customer</c>.</summary>
    public static EnumWireNames<UpdateAudience> Audience { get; } = new(
        "audience", UpdateAudience.Internal, UpdateAudience.Customer);

    /// <summary>The steps of the investigation method: <c>dashboards</c>, <c>deploys</c>, <c>logs</c>, <c>hypothesis</c> or <c>test</c>.</summary>
    public static EnumWireNames<MethodologyStep> Step { get; } = new(
        "step", MethodologyStep.Dashboards, MethodologyStep.Deploys, MethodologyStep.Logs, MethodologyStep.Hypothesis, MethodologyStep.Test);

    /// <summary>
    /// What responders may observe: <c>errorRateSpike</c>, <c>latencyIncrease</c>, <c>trafficAnomaly</c>,
    /// <c>resourceSaturation</c>, <c>recentDeploy</c>, <c>configChange</c>, <c>infrastructureChange</c>,
    /// <c>dependencyFailing</c>, <c>dnsOrCertificate</c>, <c>memoryGrowth</c> or <c>dataInconsistency</c>.
    /// </summary>
    public static EnumWireNames<ObservedSignal> Signal { get; } = new(
        "signal",
        ObservedSignal.ErrorRateSpike,
        ObservedSignal.LatencyIncrease,
        ObservedSignal.TrafficAnomaly,
        ObservedSignal.ResourceSaturation,
        ObservedSignal.RecentDeploy,
        ObservedSignal.ConfigChange,
        ObservedSignal.InfrastructureChange,
        ObservedSignal.DependencyFailing,
        ObservedSignal.DnsOrCertificate,
        ObservedSignal.MemoryGrowth,
        ObservedSignal.DataInconsistency);

    /// <summary>The types of an incident record's events (<see cref="IncidentEvent.Type"/>), in the documented order.</summary>
    public static ImmutableArray<string> EventTypes { get; } =
    [
        "severityAssigned", "acknowledged", "roleAssigned", "statusUpdatePosted", "impactReassessed", "mitigationApplied", "resolved", "reviewCompleted",
        "causeIdentified", "channelOpened", "investigationStep", "observation", "reviewScheduled", "actionItemCreated",
    ];

    // After the names above: fields are initialised in the order they are written.
    /// <summary>The messages: <c>initialAlert</c>, <c>statusUpdate</c>, <c>resolution</c> or <c>customer</c>.</summary>
    public static EnumWireNames<Communications.MessageKind> MessageKind { get; } = new(
        "message kind", Communications.MessageKind.InitialAlert, Communications.MessageKind.StatusUpdate, Communications.MessageKind.Resolution, Communications.MessageKind.Customer);

    /// <summary>The message formats: <c>text</c>, <c>markdown</c> or <c>slack</c>.</summary>
    public static EnumWireNames<Communications.MessageFormat> MessageFormat { get; } = new(
        "format", Communications.MessageFormat.Text, Communications.MessageFormat.Markdown, Communications.MessageFormat.Slack);

    /// <summary>What a policy change does to a part of an evaluation: <c>added</c>, <c>removed</c> or <c>changed</c>.</summary>
    public static EnumWireNames<Diff.ChangeKind> ChangeKind { get; } = new(
        "change", Diff.ChangeKind.Added, Diff.ChangeKind.Removed, Diff.ChangeKind.Changed);

    private static readonly Dictionary<Type, object> ByEnum = new()
    {
        [typeof(Model.UsersAffected)] = UsersAffected,
        [typeof(ImpactScope)] = Scope,
        [typeof(IncidentRole)] = Role,
        [typeof(IncidentStatus)] = Status,
        [typeof(Evaluation.DiagnosticSeverity)] = DiagnosticSeverity,
        [typeof(NotificationChannel)] = Channel,
        [typeof(Policy.RuleSeverity)] = RuleSeverity,
        [typeof(NodaTime.IsoDayOfWeek)] = WorkingDay,
        [typeof(UpdateAudience)] = Audience,
        [typeof(IncidentPhase)] = Phase,
        [typeof(MethodologyStep)] = Step,
        [typeof(ObservedSignal)] = Signal,
        [typeof(Communications.MessageKind)] = MessageKind,
        [typeof(Communications.MessageFormat)] = MessageFormat,
        [typeof(Diff.ChangeKind)] = ChangeKind,
    };

    /// <summary>The names of an enum's values.</summary>
    /// <exception cref="ArgumentException">The enum has no names on the wire.</exception>
    internal static EnumWireNames<TEnum> Of<TEnum>()
        where TEnum : struct, Enum =>
        ByEnum.TryGetValue(typeof(TEnum), out var names)
            ? (EnumWireNames<TEnum>)names
            : throw new ArgumentException($"{typeof(TEnum).Name} has no names on the wire", nameof(TEnum));
}
