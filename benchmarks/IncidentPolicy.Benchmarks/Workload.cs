using System;
using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using NodaTime;

namespace IncidentPolicy.Benchmarks;

/// <summary>
/// Deterministic incident records for the benchmarks: the same seed gives the same records on every
/// machine, so runs compare. Each record comes with the instant it is evaluated at.
/// </summary>
public static class Workload
{
    /// <summary>2024-03-15 (a Friday) 09:00 UTC, the day of the documentation's examples.</summary>
    public static readonly Instant Day = Instant.FromUtc(2024, 3, 15, 9, 0);

    private static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank"];

    private static readonly ImpactAssessment[] Impacts =
    [
        new(UsersAffected.Subset, ImpactScope.NonCore),              // P2
        new(UsersAffected.Most, ImpactScope.CoreDegraded),           // P2
        new(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired),   // P1
        new(UsersAffected.Internal, ImpactScope.CoreDegraded),       // P3
        new(UsersAffected.Unknown, ImpactScope.CoreDegraded),        // P1, over-classified (IRP1003)
        new(UsersAffected.All, ImpactScope.Outage),                  // P0
    ];

    /// <summary>
    /// A typical open incident: ten events over its first two hours (acknowledged, four roles, three status
    /// updates, a reassessment, a mitigation), evaluated ten minutes after the last. <paramref name="seed"/>
    /// varies the impact, the detection instant and the spacing, so a batch is not one record repeated.
    /// </summary>
    public static (IncidentRecord Record, Instant At) Typical(int seed) => Typical(seed, null);

    /// <summary>
    /// <paramref name="count"/> typical incidents all evaluated at one instant, as a pipeline evaluates its
    /// open incidents "now": each detected between 30 minutes and 8 hours before it, so some have escalated,
    /// missed an update or a response, and some events are still in the future.
    /// </summary>
    public static ((IncidentRecord Record, Instant At)[] Batch, Instant Now) OpenAt(int count)
    {
        var now = Day + Duration.FromHours(12);
        var batch = new (IncidentRecord, Instant)[count];
        for (var i = 0; i < count; i++)
        {
            var age = Duration.FromMinutes(30 + new Random(~i).Next(0, 450));
            batch[i] = (Typical(i, now - age).Record, now);
        }

        return (batch, now);
    }

    private static (IncidentRecord Record, Instant At) Typical(int seed, Instant? detected)
    {
        var random = new Random(seed);
        var detectedAt = detected ?? Day + Duration.FromMinutes(random.Next(0, 7 * 24 * 60));
        var minute = 0;
        Instant Next(int min, int max) => detectedAt + Duration.FromMinutes(minute += random.Next(min, max));
        var commander = People[random.Next(People.Length)];
        var events = new List<IncidentEvent>(10)
        {
            new Acknowledged(Next(1, 10), People[random.Next(People.Length)]),
            new RoleAssigned(Next(1, 5), IncidentRole.IncidentCommander, commander),
            new RoleAssigned(Next(0, 3), IncidentRole.TechnicalLead, People[random.Next(People.Length)]),
            new StatusUpdatePosted(Next(1, 10)),
            new RoleAssigned(Next(1, 5), IncidentRole.CommunicationsLead, People[random.Next(People.Length)]),
            new RoleAssigned(Next(0, 5), IncidentRole.Scribe, People[random.Next(People.Length)]),
            new ImpactReassessed(Next(5, 20), new ImpactUpdate(UsersAffected: UsersAffected.Most)),
            new StatusUpdatePosted(Next(5, 25)),
            new MitigationApplied(Next(5, 30), "rollback"),
            new StatusUpdatePosted(Next(5, 25)),
        };
        var record = new IncidentRecord(
            $"INC-{seed:D7}", "Payments degraded for EU customers", detectedAt, Impacts[random.Next(Impacts.Length)], events);
        return (record, detectedAt + Duration.FromMinutes(minute + 10));
    }

    /// <summary>
    /// A long incident with <paramref name="count"/> events ten minutes apart: status updates and role
    /// (re)assignments, so the timeline has about one moment per event and no timer fires between them.
    /// Evaluated one minute after the last event.
    /// </summary>
    public static (IncidentRecord Record, Instant At) WithEvents(int count)
    {
        var detectedAt = Day;
        var events = new List<IncidentEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = detectedAt + Duration.FromMinutes(10 * (i + 1));
            events.Add((i % 4) switch
            {
                0 => new StatusUpdatePosted(at),
                1 => new RoleAssigned(at, (IncidentRole)(i / 4 % 4), People[i % People.Length]),
                2 => new StatusUpdatePosted(at),
                _ => i == 3 ? new Acknowledged(at, "bob") : new MitigationApplied(at, "restart"),
            });
        }

        var record = new IncidentRecord("INC-LONG", "Long-running degradation", detectedAt, Impacts[0], events);
        return (record, detectedAt + Duration.FromMinutes((10 * count) + 1));
    }

    /// <summary>
    /// A host's day: <paramref name="count"/> incidents, each a typical incident (<see cref="Typical(int)"/>'s ten
    /// events over its first two hours) detected at a minute of the day, followed by one of three endings:
    /// 60 % get a few more status updates (every 20 to 40 minutes) and are resolved within about three
    /// hours of the last; 25 % stay open all day with a status update every 20 to 40 minutes (some late for
    /// a P0's or a P1's cadence); 15 % are left open without another update (a missed update every cadence).
    /// Every event is on a whole minute, so a host polling each minute sees it at its instant.
    /// </summary>
    public static IncidentRecord[] HostDay(int count)
    {
        var day = new IncidentRecord[count];
        for (var i = 0; i < count; i++)
        {
            var detected = Day + Duration.FromMinutes(new Random(~i).Next(0, 24 * 60));
            var (record, _) = Typical(i, detected);
            var random = new Random(unchecked((i * 7919) + 17));
            var events = new List<IncidentEvent>(record.Events);
            var at = events[^1].At;
            var end = detected + Duration.FromHours(24);
            switch (i % 20)
            {
                case < 12:
                    for (var updates = random.Next(0, 4); updates > 0; updates--)
                    {
                        events.Add(new StatusUpdatePosted(at += Duration.FromMinutes(random.Next(20, 41))));
                    }

                    events.Add(new Resolved(at + Duration.FromMinutes(random.Next(10, 61))));
                    break;
                case < 17:
                    while ((at += Duration.FromMinutes(random.Next(20, 41))) < end)
                    {
                        events.Add(new StatusUpdatePosted(at));
                    }

                    break;
            }

            day[i] = record with { Events = [.. events] };
        }

        return day;
    }

    /// <summary><paramref name="count"/> distinct typical open incidents, each with its evaluation instant.</summary>
    public static (IncidentRecord Record, Instant At)[] Batch(int count)
    {
        var batch = new (IncidentRecord, Instant)[count];
        for (var i = 0; i < count; i++)
        {
            batch[i] = Typical(i);
        }

        return batch;
    }
}
