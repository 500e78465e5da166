using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Soak;

/// <summary>One file to move into the drop folder: a version of an incident's record, and when to drop it.</summary>
/// <param name="At">The instant to drop it at.</param>
/// <param name="Version">1 for the first record, 2 for the record with more events dropped later.</param>
/// <param name="Record">The record.</param>
internal sealed record PlannedDrop(Instant At, int Version, IncidentRecord Record);

/// <summary>
/// The soak's incidents, the same for the same seed, count, start and duration (so the check regenerates what was
/// dropped instead of trusting the worker's database). Modelled on the benchmarks' host day: a mix of impacts
/// (P0 to P3, some over-classified as unknown), incidents detected up to eight hours before they are dropped (so
/// some have escalated, missed responses and updates, and deadlines fall due while the soak runs) and a few
/// detected seconds in the future; acknowledgements, roles, status updates (internal and customer), reassessments,
/// mitigations and resolutions. About 40 % are dropped again later with more events, each stamped 5 to 60 seconds
/// after that second drop: an event is never recorded for an instant the worker may already have evaluated, so
/// every message due under the first version is still due under the second.
/// </summary>
internal static class SoakPlan
{
    private static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank"];

    private static readonly ImpactAssessment[] Impacts =
    [
        new(UsersAffected.Subset, ImpactScope.NonCore),              // P2
        new(UsersAffected.Most, ImpactScope.CoreDegraded),           // P2
        new(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired),   // P1
        new(UsersAffected.Internal, ImpactScope.CoreDegraded),       // P3
        new(UsersAffected.Internal, ImpactScope.NonCore),            // P3
        new(UsersAffected.Unknown, ImpactScope.CoreDegraded),        // P1, over-classified (IRP1003)
        new(UsersAffected.All, ImpactScope.Outage),                  // P0
    ];

    /// <summary>Every drop, ordered by instant (then incident id).</summary>
    public static IReadOnlyList<PlannedDrop> Create(int seed, int count, Instant start, Duration duration)
    {
        var drops = new List<PlannedDrop>(count * 2);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var firstDrop = start + Duration.FromMilliseconds((long)(duration.TotalMilliseconds * 0.8 * i / count)); // spread evenly over 80 %
            var first = First(random, $"SOAK-{i:D5}", firstDrop);
            drops.Add(new PlannedDrop(firstDrop, 1, first));
            if (random.Next(10) < 4 && !IsResolved(first))
            {
                var secondDrop = firstDrop + Duration.FromMilliseconds((long)((start + duration - firstDrop).TotalMilliseconds * random.NextDouble()));
                drops.Add(new PlannedDrop(secondDrop, 2, Second(random, first, secondDrop)));
            }
        }

        return [.. drops.OrderBy(d => d.At).ThenBy(d => d.Record.Id, StringComparer.Ordinal)];
    }

    /// <summary>The last version of each incident: what the check evaluates.</summary>
    public static IReadOnlyList<IncidentRecord> Final(IReadOnlyList<PlannedDrop> drops) =>
        [.. drops.GroupBy(d => d.Record.Id, StringComparer.Ordinal).Select(g => g.MaxBy(d => d.Version)!.Record)];

    private static IncidentRecord First(Random random, string id, Instant dropAt)
    {
        var detected = random.Next(100) switch
        {
            0 => dropAt + Duration.FromSeconds(random.Next(1, 30)),          // detected a few seconds from now
            < 40 => dropAt - Duration.FromSeconds(random.Next(0, 20 * 60)),  // within its first response time
            < 80 => dropAt - Duration.FromMinutes(random.Next(20, 180)),
            _ => dropAt - Duration.FromMinutes(random.Next(180, 480)),
        };
        detected = Instant.FromUnixTimeSeconds(detected.ToUnixTimeSeconds());
        var events = new List<IncidentEvent>();
        var at = detected;
        bool Before(Duration step)
        {
            at += step;
            return at < dropAt;
        }

        if (random.Next(10) < 8 && Before(Minutes(random, 1, 12)))
        {
            events.Add(new Acknowledged(at, Person(random)));
        }

        if (random.Next(10) < 7 && Before(Minutes(random, 0, 5)))
        {
            events.Add(new RoleAssigned(at, IncidentRole.IncidentCommander, Person(random)));
            if (Before(Minutes(random, 0, 4)))
            {
                events.Add(new RoleAssigned(at, IncidentRole.TechnicalLead, Person(random)));
            }
        }

        if (random.Next(10) < 3 && Before(Minutes(random, 2, 20)))
        {
            events.Add(new ImpactReassessed(at, new ImpactUpdate(UsersAffected: random.Next(2) == 0 ? UsersAffected.Most : UsersAffected.All)));
        }

        var updates = random.Next(0, 8);
        for (var u = 0; u < updates && Before(Minutes(random, 10, 45)); u++)
        {
            events.Add(new StatusUpdatePosted(at, random.Next(4) == 0 ? UpdateAudience.Customer : UpdateAudience.Internal));
        }

        if (random.Next(10) < 4 && Before(Minutes(random, 5, 40)))
        {
            events.Add(new MitigationApplied(at, "rollback"));
            if (random.Next(10) < 6 && Before(Minutes(random, 5, 60)))
            {
                events.Add(new Resolved(at));
            }
        }

        return new IncidentRecord(id, "Checkout errors for EU customers", detected, Impacts[random.Next(Impacts.Length)], events);
    }

    private static IncidentRecord Second(Random random, IncidentRecord first, Instant dropAt)
    {
        var at = Instant.FromUnixTimeSeconds((dropAt + Duration.FromSeconds(random.Next(5, 30))).ToUnixTimeSeconds());
        if (at < first.DetectedAt)
        {
            at = first.DetectedAt;
        }

        var events = new List<IncidentEvent>(first.Events);
        if (!events.OfType<Acknowledged>().Any())
        {
            events.Add(new Acknowledged(at, Person(random)));
        }

        events.Add(new StatusUpdatePosted(at += Duration.FromSeconds(random.Next(0, 10)), UpdateAudience.Internal));
        switch (random.Next(3))
        {
            case 0:
                events.Add(new Resolved(at + Duration.FromSeconds(random.Next(1, 20)), Resolution: "fixed forward"));
                break;
            case 1:
                events.Add(new ImpactReassessed(at + Duration.FromSeconds(random.Next(1, 20)), new ImpactUpdate(UsersAffected: UsersAffected.All)));
                break;
            default:
                events.Add(new StatusUpdatePosted(at + Duration.FromSeconds(random.Next(1, 20)), UpdateAudience.Customer));
                break;
        }

        return first with { Events = [.. events] };
    }

    private static bool IsResolved(IncidentRecord record) => record.Events.OfType<Resolved>().Any();

    private static Duration Minutes(Random random, int min, int max) => Duration.FromSeconds(random.Next(min * 60, (max * 60) + 1));

    private static string Person(Random random) => People[random.Next(People.Length)];
}
