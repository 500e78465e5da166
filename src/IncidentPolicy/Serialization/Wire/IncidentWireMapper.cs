using System;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An incident record as its wire type: missing title and impact written as empty and all unknown.</summary>
internal static class IncidentWireMapper
{
    /// <exception cref="ArgumentException">An event is <see langword="null"/>, of a type of its own, a reassessment without impact, or an enum value is not defined.</exception>
    public static IncidentRecordWire ToWire(IncidentRecord incident)
    {
        var impact = incident.Impact ?? ImpactAssessment.Unknown;
        var events = incident.Events.IsDefault ? [] : incident.Events;
        return new IncidentRecordWire(
            incident.Id,
            incident.Title ?? string.Empty,
            incident.StartedAt,
            incident.DetectedAt,
            Impact(impact),
            [.. events.Select((e, index) => Event(e, index, nameof(incident)))]);
    }

    /// <param name="e">The event.</param>
    /// <param name="index">Its place among the record's events.</param>
    /// <param name="parameter">What a refusal names: the record given to the public writer, not a part of it.</param>
    private static IncidentEventWire Event(IncidentEvent e, int index, string parameter) => e switch
    {
        SeverityAssigned assigned => new SeverityAssignedWire(e.At, assigned.Severity, assigned.By, assigned.Reason),
        Acknowledged acknowledged => new AcknowledgedWire(e.At, acknowledged.By),
        RoleAssigned assigned => new RoleAssignedWire(e.At, WireNames.Role.Name(assigned.Role), assigned.Person),
        StatusUpdatePosted posted => new StatusUpdatePostedWire(
            e.At, posted.Audience == UpdateAudience.Internal ? null : WireNames.Audience.Name(posted.Audience), posted.Message),
        ImpactReassessed reassessed => new ImpactReassessedWire(e.At, Update(reassessed.Impact, index, parameter)),
        MitigationApplied mitigation => new MitigationAppliedWire(e.At, mitigation.Action),
        Resolved resolved => new ResolvedWire(e.At, resolved.RootCause, resolved.Resolution, resolved.CustomerImpact),
        ReviewCompleted => new ReviewCompletedWire(e.At),
        CauseIdentified cause => new CauseIdentifiedWire(e.At, cause.Summary),
        ChannelOpened opened => new ChannelOpenedWire(e.At, opened.Channel),
        InvestigationStep step => new InvestigationStepWire(e.At, WireNames.Step.Name(step.Step), step.Note),
        Observation observation => new ObservationWire(e.At, WireNames.Signal.Name(observation.Signal), observation.Detail),
        ReviewScheduled scheduled => new ReviewScheduledWire(e.At, scheduled.For),
        ActionItemCreated item => new ActionItemCreatedWire(e.At, item.Title, item.Owner, item.DueDate),
        null => throw new ArgumentException($"Event {index} of the incident is null.", parameter),
        _ => throw new ArgumentException($"Event {index} of the incident is a {e.GetType().Name}, which has no wire format.", parameter),
    };

    private static ImpactUpdateWire Update(ImpactUpdate? update, int index, string parameter)
    {
        if (update is null)
        {
            throw new ArgumentException($"Event {index} of the incident (impactReassessed) has no impact.", parameter);
        }

        return new ImpactUpdateWire(
            update.UsersAffected is { } users ? WireNames.UsersAffected.Name(users) : null,
            update.Scope is { } scope ? WireNames.Scope.Name(scope) : null,
            update.SecurityBreach,
            update.DataCorruption,
            update.Description,
            update.CustomerDescription);
    }

    /// <summary>An assessment on the wire: the four answers by their wire names, the descriptions when known. The checkpoint writes its impact alike.</summary>
    public static ImpactWire Impact(ImpactAssessment impact) => new(
        WireNames.UsersAffected.Name(impact.UsersAffected),
        WireNames.Scope.Name(impact.Scope),
        impact.SecurityBreach,
        impact.DataCorruption,
        impact.Description,
        impact.CustomerDescription);
}
