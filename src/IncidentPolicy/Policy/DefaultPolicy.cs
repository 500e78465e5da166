using System.Collections.Generic;
using IncidentPolicy.Model;
using NodaTime;
using static IncidentPolicy.Model.IncidentRole;
using static IncidentPolicy.Model.ImpactScope;

namespace IncidentPolicy.Policy;

/// <summary>
/// The default policy's numbers, in one place: the incident-response procedure the default policy encodes
/// (severity levels, escalation, who to notify, roles, verification and review). Read it beside
/// <c>docs/procedure.md</c> and <c>docs/semantics.md</c>; every number below is one of theirs.
/// </summary>
internal static class DefaultPolicy
{

    public static ResponsePolicy Instance { get; } = Create();

    private static ResponsePolicy Create()
    {
        IncidentRole[] rolesForMajorIncidents = [IncidentCommander, TechnicalLead, CommunicationsLead, Scribe];

        SeverityLevelPolicy[] levels =
        [
            //  level               title                response                                   update cadence
            new(new("P0", 0), "Total Outage", PolicyDuration.Within(Minutes(15)), Minutes(15),
                escalation: null,
                notify: ["onCallEngineer", "engineeringManager", "vpEngineering", "customerSupportLead", "communications"],
                requiredRoles: rolesForMajorIncidents,
                verificationWindow: Minutes(15),
                reviewWithin: Hours(48),
                customerUpdateCadence: Minutes(30)),
            new(new("P1", 1), "Major Degradation", PolicyDuration.Within(Minutes(30)), Minutes(30),
                escalation: new EscalationStep(Hours(2), "P0"),
                notify: ["onCallEngineer", "engineeringManager", "customerSupportLead"],
                requiredRoles: rolesForMajorIncidents,
                verificationWindow: Minutes(15),
                reviewWithin: Hours(48),
                customerUpdateCadence: Hours(1)),
            new(new("P2", 2), "Partial Impact", PolicyDuration.Within(Hours(2)), Hours(2),
                escalation: new EscalationStep(Hours(4), "P1"),
                notify: ["onCallEngineer", "teamLead"],
                verificationWindow: Minutes(30),
                reviewWithin: Duration.FromDays(7)),
            new(new("P3", 3), "Minor Issue", PolicyDuration.NextBusinessDay, Hours(24),
                notify: ["assignedEngineer"]),
        ];

        var classification = ClassificationMatrix.FromRows(new Dictionary<ImpactScope, string[]>
        {
            //                              all   most  subset internal
            [Outage] =                     ["P0", "P1", "P1", "P2"],
            [CoreSeverelyImpaired] =       ["P1", "P1", "P2", "P3"],
            [CoreDegraded] =               ["P1", "P2", "P2", "P3"],
            [NonCore] =                    ["P2", "P2", "P2", "P3"],
            [Cosmetic] =                   ["P3", "P3", "P3", "P3"],
        });

        var channels = new Dictionary<string, NotificationChannel>
        {
            ["onCallEngineer"] = NotificationChannel.Page,
            ["engineeringManager"] = NotificationChannel.Page,
            ["vpEngineering"] = NotificationChannel.Page,
            ["customerSupportLead"] = NotificationChannel.Chat,
            ["communications"] = NotificationChannel.Chat,
            ["teamLead"] = NotificationChannel.Chat,
            ["assignedEngineer"] = NotificationChannel.Ticket,
        };

        return new ResponsePolicy(levels, classification, BusinessCalendar.Default, channels);
    }

    private static Duration Minutes(int minutes) => Duration.FromMinutes(minutes);

    private static Duration Hours(int hours) => Duration.FromHours(hours);
}
