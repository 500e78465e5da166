using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Tests.Properties.Generators;

/// <summary>What kinds of events a generated record may hold.</summary>
/// <param name="ManualChanges">Whether people assign severities (<c>severityAssigned</c>).</param>
/// <param name="Reassessments">Whether the impact is reassessed (<c>impactReassessed</c>).</param>
/// <param name="Resolution">Whether the incident may be resolved (then reviews may follow).</param>
/// <param name="EventsAfterResolution">Whether events other than reviews follow a resolution (they are kept and change nothing).</param>
/// <param name="MaxEvents">At most this many events.</param>
/// <param name="MaxSpanHours">Events only this long after detection (evaluations cost more the longer an incident runs).</param>
internal sealed record RecordShape(
    bool ManualChanges = true, bool Reassessments = true, bool Resolution = true, bool EventsAfterResolution = true, int MaxEvents = 30, int MaxSpanHours = 96)
{
    /// <summary>Everything a record may hold.</summary>
    public static RecordShape Any { get; } = new();

    /// <summary>No event changes the level: no assignment, no reassessment.</summary>
    public static RecordShape WithoutLevelChanges { get; } = new(ManualChanges: false, Reassessments: false);
}

/// <summary>
/// Valid incident records: detected anywhere in 2024 (weekends, DST changes, holidays, the year's end), with
/// 0-30 events in time order, seconds to days apart (sometimes at the same instant), at most one
/// <c>resolved</c>, reviews only after it, role changes, manual ups and downs and reassessments.
/// </summary>
internal static class IncidentRecords
{
    /// <summary>Where shrinking moves a record: 2024-03-15 10:00 UTC, a Friday, the day of the documentation's examples.</summary>
    public static Instant Canonical { get; } = Instant.FromUtc(2024, 3, 15, 10, 0);

    public static IReadOnlyList<string> People { get; } = ["alice", "bob", "carol", " Carol", "dave"];

    private static readonly string[] Titles =
        ["Payments down", "Search degraded in EU", string.Empty, "Café & crème: login ✓ failing", " -- ", "Checkout p99 > 2s on iOS (v5.2.1) for users in São Paulo and Lisbon after the 14:00 deploy"];

    private static readonly string[] Actions = ["rollback", "feature flag off", "scaled out", "failover"];

    private static readonly string[] Reasons = ["checkout failing", "contained", "customer escalation"];

    /// <summary>Instants where calendars are interesting: DST changes of the zones used, Friday evenings, holidays, the year's end.</summary>
    private static readonly Instant[] Interesting =
    [
        Instant.FromUtc(2024, 3, 10, 7, 0), Instant.FromUtc(2024, 11, 3, 6, 0),        // America/New_York
        Instant.FromUtc(2024, 3, 31, 1, 0), Instant.FromUtc(2024, 10, 27, 1, 0),       // Europe/London
        Instant.FromUtc(2024, 4, 6, 16, 0), Instant.FromUtc(2024, 10, 5, 16, 0),       // Australia/Sydney
        Instant.FromUtc(2024, 3, 15, 16, 59), Instant.FromUtc(2024, 3, 29, 12, 0),     // a Friday evening, Good Friday
        Instant.FromUtc(2024, 2, 29, 12, 0), Instant.FromUtc(2024, 12, 24, 17, 0),     // leap day, Christmas Eve
        Instant.FromUtc(2024, 12, 31, 23, 30), Instant.FromUtc(2024, 1, 1, 0, 0),
    ];

    private static readonly Instant YearStart = Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>Detection anywhere in 2024, often near an interesting instant.</summary>
    public static Gen<Instant> Detection { get; } = Gen.Frequency(
        (5, Gen.Choose(0, (366 * 1440) - 1).Select(m => YearStart + Duration.FromMinutes(m))),
        (3, from near in Gen.Elements(Interesting)
            from minutes in Gen.Choose(-2880, 2880)
            select near + Duration.FromMinutes(minutes)),
        (1, Gen.Choose(0, (366 * 86400) - 1).Select(s => YearStart + Duration.FromSeconds(s))));

    /// <summary>The time between two events: mostly minutes, sometimes none, seconds, hours or days.</summary>
    private static Gen<long> Gap { get; } = Gen.Frequency(
        (1, Gen.Constant(0L)),
        (3, Gen.Choose(1, 59).Select(s => (long)s)),
        (10, Gen.Choose(1, 59).Select(m => m * 60L)),
        (4, Gen.Choose(1, 16).Select(q => q * 900L)),
        (2, Gen.Choose(1, 12).Select(h => h * 3600L)),
        (1, Gen.Choose(1, 3).Select(d => d * 86400L)));

    private static Gen<Draft> Drafts { get; } =
        from gap in Gap
        from kind in Gen.Choose(0, 999)
        from a in Gen.Choose(0, 9999)
        from b in Gen.Choose(0, 9999)
        from c in Gen.Choose(0, 9999)
        select new Draft(gap, kind, a, b, c);

    private static Gen<string> Ids { get; } = Gen.Choose(1, 999).Select(n => "INC-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Valid records of the given shape; the number of events grows with FsCheck's size.</summary>
    public static Gen<IncidentRecord> Of(RecordShape shape) => Gen.Sized(size =>
        from count in Gen.Choose(0, Math.Min(shape.MaxEvents, 3 + (size * shape.MaxEvents / 50)))
        from drafts in Gen.ArrayOf(Drafts, count)
        from detection in Detection
        from impact in Impacts.Assessments
        from id in Ids
        from title in Gen.Elements(Titles)
        select Build(shape, id, title, detection, impact, drafts));

    /// <summary>Smaller records: fewer events, no flags, round instants, the examples' day; each still valid and of the same shape.</summary>
    public static IEnumerable<IncidentRecord> Shrink(IncidentRecord record)
    {
        var events = record.Events;
        if (events.Length > 0)
        {
            yield return record with { Events = [] };
        }

        if (events.Length > 3)
        {
            yield return record with { Events = Valid(events.Take(events.Length / 2)) };
            yield return record with { Events = Valid(events.Skip(events.Length / 2)) };
        }

        for (var i = events.Length - 1; i >= 0; i--)
        {
            yield return record with { Events = Valid(events.RemoveAt(i)) };
        }

        foreach (var impact in Impacts.Shrink(record.Impact))
        {
            yield return record with { Impact = impact };
        }

        var detectedAt = record.DetectedAt;
        if (events.Any(e => (e.At - detectedAt).SubsecondTicks != 0 || (e.At - detectedAt).Seconds != 0))
        {
            yield return WithOffsets(record, offset => Duration.FromMinutes(Math.Floor(offset.TotalMinutes)));
        }

        var toTheHour = Duration.FromMinutes(detectedAt.InUtc().Minute) + Duration.FromSeconds(detectedAt.InUtc().Second) + Duration.FromNanoseconds(detectedAt.InUtc().NanosecondOfSecond);
        if (toTheHour != Duration.Zero)
        {
            yield return Shift(record, -toTheHour);
        }

        if (detectedAt != Canonical)
        {
            yield return Shift(record, Canonical - detectedAt);
        }

        if (record.Title != Titles[0])
        {
            yield return record with { Title = Titles[0] };
        }
    }

    /// <summary>A record as a short timeline: the detection, then each event with its offset from detection.</summary>
    public static string Describe(IncidentRecord record)
    {
        var lines = new List<string>
        {
            $"{record.Id} \"{record.Title}\" detected {record.DetectedAt} ({record.DetectedAt.InUtc().DayOfWeek}), impact {Impacts.Describe(record.Impact)}",
        };
        lines.AddRange(record.Events.Select(e => $"    +{DurationText.Format(e.At - record.DetectedAt)} {Describe(e)}"));
        return string.Join("\n", lines);
    }

    public static string Describe(IncidentEvent e) => e switch
    {
        Acknowledged a => $"acknowledged{By(a.By)}",
        RoleAssigned r => $"roleAssigned {Identifiers.Camel(r.Role)} \"{r.Person}\"",
        ImpactReassessed i => $"impactReassessed {Impacts.Describe(i.Impact)}",
        MitigationApplied m => $"mitigationApplied{(m.Action is null ? string.Empty : " " + m.Action)}",
        SeverityAssigned s => $"severityAssigned {s.Severity}{By(s.By)}{(s.Reason is null ? string.Empty : $" \"{s.Reason}\"")}",
        _ => e.Type,
    };

    /// <summary>A record with every instant moved by <paramref name="delta"/>.</summary>
    public static IncidentRecord Shift(IncidentRecord record, Duration delta) => record with
    {
        DetectedAt = record.DetectedAt + delta,
        Events = [.. record.Events.Select(e => e with { At = e.At + delta })],
    };

    private static IncidentRecord WithOffsets(IncidentRecord record, Func<Duration, Duration> offset) =>
        record with { Events = [.. record.Events.Select(e => e with { At = record.DetectedAt + offset(e.At - record.DetectedAt) })] };

    /// <summary>Reviews only after a resolution: without one, they go too.</summary>
    private static ImmutableArray<IncidentEvent> Valid(IEnumerable<IncidentEvent> events)
    {
        var list = events.ToList();
        return list.Any(e => e is Resolved) ? [.. list] : [.. list.Where(e => e is not ReviewCompleted)];
    }

    private static string By(string? by) => by is null ? string.Empty : $" by \"{by}\"";

    private static IncidentRecord Build(RecordShape shape, string id, string title, Instant detection, ImpactAssessment impact, Draft[] drafts)
    {
        var at = detection;
        var resolved = false;
        var events = new List<IncidentEvent>(drafts.Length);
        foreach (var draft in drafts)
        {
            at += Duration.FromSeconds(draft.GapSeconds);
            if (at - detection > Duration.FromHours(shape.MaxSpanHours))
            {
                break;
            }

            var kind = resolved ? AfterResolution(shape, draft) : BeforeResolution(shape, draft);
            resolved |= kind == Kind.Resolved;
            events.Add(Create(kind, at, draft));
        }

        return new IncidentRecord(id, title, detection, impact, events);
    }

    private static Kind BeforeResolution(RecordShape shape, Draft draft)
    {
        (Kind Kind, int Weight)[] weights =
        [
            (Kind.Acknowledged, 12), (Kind.RoleAssigned, 14), (Kind.StatusUpdatePosted, 18), (Kind.MitigationApplied, 10),
            (Kind.ImpactReassessed, shape.Reassessments ? 8 : 0), (Kind.SeverityAssigned, shape.ManualChanges ? 10 : 0),
            (Kind.Resolved, shape.Resolution ? 5 : 0),
        ];
        return Pick(weights, draft.Kind);
    }

    private static Kind AfterResolution(RecordShape shape, Draft draft)
    {
        if (!shape.EventsAfterResolution || draft.Kind % 10 < 6)
        {
            return Kind.ReviewCompleted;
        }

        // Kept in the record and ignored: anything but a second resolution.
        return BeforeResolution(shape with { Resolution = false }, draft with { Kind = draft.Kind / 10 });
    }

    private static Kind Pick((Kind Kind, int Weight)[] weights, int roll)
    {
        roll %= weights.Sum(w => w.Weight);
        foreach (var (kind, weight) in weights)
        {
            if (roll < weight)
            {
                return kind;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("unreachable");
    }

    private static IncidentEvent Create(Kind kind, Instant at, Draft d) => kind switch
    {
        Kind.Acknowledged => new Acknowledged(at, d.A % 3 == 0 ? null : People[d.B % People.Count]),
        Kind.RoleAssigned => new RoleAssigned(at, (IncidentRole)(d.A % 4), People[d.B % People.Count]),
        Kind.StatusUpdatePosted => new StatusUpdatePosted(at),
        Kind.MitigationApplied => new MitigationApplied(at, d.A % 3 == 0 ? null : Actions[d.B % Actions.Length]),
        Kind.ImpactReassessed => new ImpactReassessed(at, Impacts.Update(d.A, d.B, d.C)),
        Kind.SeverityAssigned => new SeverityAssigned(
            at, PolicyVariants.Levels[d.A % 4], d.B % 3 == 0 ? null : People[d.B % People.Count], d.C % 2 == 0 ? null : Reasons[d.C % Reasons.Length]),
        Kind.Resolved => new Resolved(at),
        _ => new ReviewCompleted(at),
    };

    private enum Kind
    {
        Acknowledged,
        RoleAssigned,
        StatusUpdatePosted,
        MitigationApplied,
        ImpactReassessed,
        SeverityAssigned,
        Resolved,
        ReviewCompleted,
    }

    /// <summary>One event before it is placed: the gap before it, what kind, and numbers for its details.</summary>
    private sealed record Draft(long GapSeconds, int Kind, int A, int B, int C);
}
