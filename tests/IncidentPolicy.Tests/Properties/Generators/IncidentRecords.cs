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
/// Valid incident records: detected anywhere in 2024 (weekends, DST changes, holidays, the year's end), sometimes
/// with a start before detection and descriptions of the impact, with 0-30 events in time order, seconds to days
/// apart (sometimes at the same instant), at most one <c>resolved</c>, reviews only after it, role changes, manual
/// ups and downs and reassessments, internal and customer updates, and the events of the investigation (a cause,
/// the channel, the method's steps, observations, the review's booking and action items).
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

    private static readonly string[] Texts = ["Checkout fails for most users", "Payments <!here> down @channel *now*", "Logins slow in the EU", "db-primary-3 saturated"];

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
        from extra in Gen.Choose(0, 9999)
        select Build(shape, id, title, detection, Described(impact, extra), drafts) with { StartedAt = StartedBefore(detection, extra) });

    /// <summary>A start before detection one time in three: minutes to hours earlier, sometimes the detection itself.</summary>
    private static Instant? StartedBefore(Instant detection, int extra) => (extra % 3) switch
    {
        0 => detection - Duration.FromMinutes(extra % 241),
        _ => null,
    };

    /// <summary>The descriptions of the impact, each given about half of the time.</summary>
    private static ImpactAssessment Described(ImpactAssessment impact, int extra) => impact with
    {
        Description = (extra / 3) % 2 == 0 ? Texts[extra % Texts.Length] : null,
        CustomerDescription = (extra / 6) % 2 == 0 ? Texts[(extra / 7) % Texts.Length] : null,
    };

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

        if (record.StartedAt is not null)
        {
            yield return record with { StartedAt = null };
        }

        if (record.Impact.Description is not null || record.Impact.CustomerDescription is not null)
        {
            yield return record with { Impact = record.Impact with { Description = null, CustomerDescription = null } };
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
        StatusUpdatePosted { Audience: UpdateAudience.Customer } u => $"statusUpdatePosted customer{(u.Message is null ? string.Empty : $" \"{u.Message}\"")}",
        CauseIdentified c => $"causeIdentified \"{c.Summary}\"",
        InvestigationStep i => $"investigationStep {Identifiers.Camel(i.Step)}",
        Observation o => $"observation {Identifiers.Camel(o.Signal)}",
        ReviewScheduled r => $"reviewScheduled for {r.For}",
        ActionItemCreated a => $"actionItemCreated \"{a.Title}\" {a.Owner} {a.DueDate}",
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
        StartedAt = record.StartedAt + delta,
        Events = [.. record.Events.Select(e => e is ReviewScheduled booked ? booked with { At = e.At + delta, For = booked.For + delta } : e with { At = e.At + delta })],
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
            (Kind.Resolved, shape.Resolution ? 5 : 0), (Kind.CustomerUpdatePosted, 8), (Kind.CauseIdentified, 2), (Kind.ChannelOpened, 2),
            (Kind.InvestigationStep, 4), (Kind.Observation, 3), (Kind.ReviewScheduled, 1), (Kind.ActionItemCreated, 1),
        ];
        return Pick(weights, draft.Kind);
    }

    private static Kind AfterResolution(RecordShape shape, Draft draft)
    {
        if (!shape.EventsAfterResolution || draft.Kind % 10 < 4)
        {
            return Kind.ReviewCompleted;
        }

        // The events that still apply after resolution: the review's booking and action items, an all-clear, a cause found late.
        if (draft.Kind % 10 < 6)
        {
            return ((draft.Kind / 10) % 5) switch
            {
                0 => Kind.ReviewScheduled,
                1 => Kind.ActionItemCreated,
                2 => Kind.StatusUpdatePosted,
                3 => Kind.CustomerUpdatePosted,
                _ => Kind.CauseIdentified,
            };
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
        Kind.StatusUpdatePosted => new StatusUpdatePosted(at, UpdateAudience.Internal, d.A % 4 == 0 ? Texts[d.B % Texts.Length] : null),
        Kind.CustomerUpdatePosted => new StatusUpdatePosted(at, UpdateAudience.Customer, d.A % 2 == 0 ? Texts[d.B % Texts.Length] : null),
        Kind.CauseIdentified => new CauseIdentified(at, Texts[d.A % Texts.Length]),
        Kind.ChannelOpened => new ChannelOpened(at, d.A % 2 == 0 ? null : "#incident-bridge"),
        Kind.InvestigationStep => new InvestigationStep(at, (MethodologyStep)(d.A % 5), d.B % 2 == 0 ? null : Texts[d.C % Texts.Length]),
        Kind.Observation => new Observation(at, (ObservedSignal)(d.A % 11), d.B % 2 == 0 ? null : Texts[d.C % Texts.Length]),
        Kind.ReviewScheduled => new ReviewScheduled(at, at + Duration.FromHours(d.A % 120)),
        Kind.ActionItemCreated => new ActionItemCreated(at, Texts[d.A % Texts.Length], People[d.B % People.Count], at.InUtc().Date.PlusDays(d.C % 30)),
        Kind.MitigationApplied => new MitigationApplied(at, d.A % 3 == 0 ? null : Actions[d.B % Actions.Length]),
        Kind.ImpactReassessed => new ImpactReassessed(at, Impacts.Update(d.A, d.B, d.C)),
        Kind.SeverityAssigned => new SeverityAssigned(
            at, PolicyVariants.Levels[d.A % 4], d.B % 3 == 0 ? null : People[d.B % People.Count], d.C % 2 == 0 ? null : Reasons[d.C % Reasons.Length]),
        Kind.Resolved => d.A % 2 == 0 ? new Resolved(at) : new Resolved(at, Texts[d.A % Texts.Length], d.B % 2 == 0 ? null : Reasons[d.B % Reasons.Length], Texts[d.C % Texts.Length]),
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
        CustomerUpdatePosted,
        CauseIdentified,
        ChannelOpened,
        InvestigationStep,
        Observation,
        ReviewScheduled,
        ActionItemCreated,
    }

    /// <summary>One event before it is placed: the gap before it, what kind, and numbers for its details.</summary>
    private sealed record Draft(long GapSeconds, int Kind, int A, int B, int C);
}
