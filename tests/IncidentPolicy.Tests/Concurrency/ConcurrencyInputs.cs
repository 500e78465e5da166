using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;

namespace IncidentPolicy.Tests.Concurrency;

/// <summary>An incident record and an instant to look at it, named for failure messages.</summary>
internal sealed record IncidentAt(IncidentRecord Incident, Instant At)
{
    public override string ToString() => $"{Incident.Id} at {At}";
}

/// <summary>
/// The records the concurrency tests share out among their threads: the sample incidents and a deterministic mix of
/// typical ones (every impact, acknowledged or not, roles, status updates for people and customers, a reassessment,
/// a mitigation, half of them resolved), each looked at from detection to a day later.
/// </summary>
internal static class ConcurrencyInputs
{
    private static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank"];

    private static readonly ImpactAssessment[] Impacts =
    [
        Incidents.P0Impact,
        Incidents.P1Impact,
        Incidents.P2Impact,
        Incidents.P3Impact,
        Incidents.Impact(UsersAffected.Unknown, ImpactScope.CoreDegraded),
        Incidents.Impact(UsersAffected.Subset, ImpactScope.CoreDegraded, securityBreach: true),
    ];

    /// <summary>The sample incidents and 24 generated ones.</summary>
    public static IReadOnlyList<IncidentRecord> Records { get; } =
    [
        .. Repository.SampleIncidentNames.Select(name => IncidentJson.ReadIncident(Repository.SampleIncident(name), source: name)),
        .. Enumerable.Range(0, 24).Select(Typical),
    ];

    /// <summary>Each record at <paramref name="instants"/> instants: at detection, then 97 minutes apart.</summary>
    public static IReadOnlyList<IncidentAt> Instants(int instants = 12) =>
        [.. Records.SelectMany(r => Enumerable.Range(0, instants).Select(k => new IncidentAt(r, r.DetectedAt + Duration.FromMinutes(97 * k))))];

    private static IncidentRecord Typical(int seed)
    {
        var random = new Random(seed);
        var detected = Instant.FromUtc(2024, 3, 15, 9, 0) + Duration.FromMinutes(random.Next(0, 7 * 24 * 60));
        var at = detected;
        Instant Later(int min, int max) => at += Duration.FromMinutes(random.Next(min, max));
        string Person() => People[random.Next(People.Length)];
        var events = new List<IncidentEvent>();
        if (seed % 5 != 0)
        {
            events.Add(new Acknowledged(Later(1, 20), Person()));
        }

        events.Add(new RoleAssigned(Later(1, 5), IncidentRole.IncidentCommander, Person()));
        events.Add(new RoleAssigned(Later(0, 5), IncidentRole.CommunicationsLead, Person()));
        for (var u = random.Next(0, 5); u > 0; u--)
        {
            events.Add(new StatusUpdatePosted(Later(10, 70), u % 2 == 0 ? UpdateAudience.Customer : UpdateAudience.Internal));
        }

        if (seed % 3 == 0)
        {
            events.Add(new ImpactReassessed(Later(5, 30), new ImpactUpdate(UsersAffected: UsersAffected.All)));
        }

        events.Add(new MitigationApplied(Later(5, 60), "rollback"));
        if (seed % 2 == 0)
        {
            events.Add(new Resolved(Later(5, 90), RootCause: "a bad deploy", Resolution: "rolled back"));
        }

        return new IncidentRecord($"INC-C-{seed:D3}", "Checkout errors for EU customers", detected, Impacts[seed % Impacts.Length], events);
    }
}
