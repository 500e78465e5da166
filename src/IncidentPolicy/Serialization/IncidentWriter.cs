using System;
using System.Text.Json;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes an incident record in the shape <see cref="IncidentReader"/> reads: every field of the record,
/// <c>impact</c> with all four answers, <c>events</c> in the record's order; an event's optional text
/// (<c>by</c>, <c>reason</c>, <c>action</c>) and a reassessment's unchanged answers are left out, not
/// written as <c>null</c>.
/// </summary>
internal static class IncidentWriter
{
    public static string Write(IncidentRecord incident, bool indented) => JsonOutput.Write(indented, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", incident.Id);
        writer.WriteString("title", incident.Title ?? string.Empty);
        writer.WriteInstant("detectedAt", incident.DetectedAt);

        var impact = incident.Impact ?? ImpactAssessment.Unknown;
        writer.WriteStartObject("impact");
        writer.WriteString("usersAffected", WireNames.UsersAffected.Name(impact.UsersAffected));
        writer.WriteString("scope", WireNames.Scope.Name(impact.Scope));
        writer.WriteBoolean("securityBreach", impact.SecurityBreach);
        writer.WriteBoolean("dataCorruption", impact.DataCorruption);
        writer.WriteEndObject();

        writer.WriteStartArray("events");
        if (!incident.Events.IsDefault)
        {
            for (var i = 0; i < incident.Events.Length; i++)
            {
                WriteEvent(writer, incident.Events[i], i);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteEvent(Utf8JsonWriter writer, IncidentEvent e, int index)
    {
        if (e is not (SeverityAssigned or Acknowledged or RoleAssigned or StatusUpdatePosted or ImpactReassessed
            or MitigationApplied or Resolved or ReviewCompleted))
        {
            throw new ArgumentException(
                e is null ? $"Event {index} of the incident is null." : $"Event {index} of the incident is a {e.GetType().Name}, which has no wire format.",
                nameof(e));
        }

        writer.WriteStartObject();
        writer.WriteString("type", e.Type);
        writer.WriteInstant("at", e.At);
        switch (e)
        {
            case SeverityAssigned assigned:
                writer.WriteString("severity", assigned.Severity);
                writer.WriteOptionalString("by", assigned.By);
                writer.WriteOptionalString("reason", assigned.Reason);
                break;
            case Acknowledged acknowledged:
                writer.WriteOptionalString("by", acknowledged.By);
                break;
            case RoleAssigned assigned:
                writer.WriteString("role", WireNames.Role.Name(assigned.Role));
                writer.WriteString("person", assigned.Person);
                break;
            case ImpactReassessed reassessed:
                var update = reassessed.Impact
                    ?? throw new ArgumentException($"Event {index} of the incident (impactReassessed) has no impact.", nameof(e));
                writer.WriteStartObject("impact");
                if (update.UsersAffected is { } users)
                {
                    writer.WriteString("usersAffected", WireNames.UsersAffected.Name(users));
                }

                if (update.Scope is { } scope)
                {
                    writer.WriteString("scope", WireNames.Scope.Name(scope));
                }

                if (update.SecurityBreach is { } securityBreach)
                {
                    writer.WriteBoolean("securityBreach", securityBreach);
                }

                if (update.DataCorruption is { } dataCorruption)
                {
                    writer.WriteBoolean("dataCorruption", dataCorruption);
                }

                writer.WriteEndObject();
                break;
            case MitigationApplied mitigation:
                writer.WriteOptionalString("action", mitigation.Action);
                break;
        }

        writer.WriteEndObject();
    }
}
