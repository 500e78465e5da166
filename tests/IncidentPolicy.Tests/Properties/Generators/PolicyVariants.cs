using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Tests.Properties.Generators;

/// <summary>
/// Valid policies other than the default: changed durations (business days and cadence schedules too), escalations
/// (always to a more severe level), recipients, roles, a monotone matrix, calendars in several NodaTime zones with
/// holidays (dates and yearly), rules configured
/// <c>none</c>. Properties draw from <see cref="Any"/>: the default policy, or one of a pool of generated
/// policies, drawn once per run from <see cref="Changed"/> with a fixed seed (so a printed seed replays the
/// same policies, and each engine is compiled once: compiling takes about as long as 200 evaluations).
/// </summary>
internal static class PolicyVariants
{
    /// <summary>The environment variable with the size of the pool of generated policies.</summary>
    public const string PoolSizeVariable = "INCIDENTPOLICY_PROPERTY_POLICIES";

    public const int DefaultPoolSize = 40;

    public static IReadOnlyList<string> Levels { get; } = ["P0", "P1", "P2", "P3"];

    public static IReadOnlyList<string> Zones { get; } = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];

    /// <summary>Public holidays of 2024-25 in the calendars' countries, and days next to DST changes.</summary>
    private static readonly LocalDate[] KnownHolidays =
    [
        new(2024, 1, 1), new(2024, 1, 26), new(2024, 3, 11), new(2024, 3, 29), new(2024, 4, 1), new(2024, 4, 8),
        new(2024, 5, 27), new(2024, 7, 4), new(2024, 8, 15), new(2024, 10, 2), new(2024, 10, 7), new(2024, 10, 28),
        new(2024, 11, 4), new(2024, 11, 28), new(2024, 12, 24), new(2024, 12, 25), new(2024, 12, 26), new(2024, 12, 31),
        new(2025, 1, 1), new(2025, 1, 2),
    ];

    private static readonly string[] Recipients = [.. ResponsePolicy.Default.RecipientChannels.Keys];

    private static readonly int PoolSize =
        int.TryParse(Environment.GetEnvironmentVariable(PoolSizeVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultPoolSize;

    private static readonly Lazy<GeneratedPolicy[]> LazyPool = new(() => Gen.Sample(Changed, PoolSize, new Rnd(20240315UL, 0x9E3779B97F4A7C15UL), 50));

    /// <summary>The generated policies of this run (without the default).</summary>
    public static IReadOnlyList<GeneratedPolicy> Pool => LazyPool.Value;

    /// <summary>The default policy two times in five, otherwise one of the pool.</summary>
    public static Gen<GeneratedPolicy> Any { get; } = Gen.Frequency(
        (2, Gen.Constant(GeneratedPolicy.Default)),
        (3, Gen.Choose(0, PoolSize - 1).Select(i => Pool[i])));

    /// <summary>One to six changes to the default policy; a fresh policy every time (no engine is compiled unless asked).</summary>
    public static Gen<GeneratedPolicy> Changed { get; } =
        from count in Gen.Choose(1, 6)
        from changes in Gen.ArrayOf(Change, count)
        select new GeneratedPolicy(changes);

    public static Gen<PolicyChange> Change { get; } = Gen.Frequency(
        (4, Escalation),
        (3, ResponseTimes),
        (3, Cadence),
        (2, Notify),
        (1, Roles),
        (1, Windows),
        (2, Matrix),
        (5, Calendar),
        (4, RuleSeverities));

    private static Gen<PolicyChange> Escalation => Gen.OneOf(
        from after in Minutes(60, 150, 180, 240, 300, 720)
        from to in Gen.Elements("P1", "P1", "P0")
        select Named($"P2 escalates to {to} after {DurationText.Format(after)}", b => b.Level("P2", l => l.EscalateAfter(after, to))),
        from after in Minutes(20, 45, 90, 120, 180)
        select Named($"P1 escalates to P0 after {DurationText.Format(after)}", b => b.Level("P1", l => l.EscalateAfter(after, "P0"))),
        from after in Minutes(240, 480, 1440, 4320)
        from to in Gen.Elements("P2", "P1", "P0")
        select Named($"P3 escalates to {to} after {DurationText.Format(after)}", b => b.Level("P3", l => l.EscalateAfter(after, to))),
        from level in Gen.Elements("P1", "P2")
        select Named($"{level} does not escalate", b => b.Level(level, l => l.NoEscalation())));

    private static Gen<PolicyChange> ResponseTimes =>
        from level in Gen.Elements(Levels.ToArray())
        from time in Gen.Frequency(
            (5, Minutes(10, 15, 45, 60, 120, 240).Select(PolicyDuration.Within)),
            (2, Gen.Constant(PolicyDuration.NextBusinessDay)),
            (1, Gen.Choose(2, 3).Select(PolicyDuration.BusinessDays)))
        select Named($"{level} responds within {time}", b => b.Level(level, l => l.ResponseTime(time)));

    private static Gen<PolicyChange> Cadence => Gen.Frequency(
        (5, from level in Gen.Elements(Levels.ToArray())
            from cadence in Minutes(10, 15, 20, 30, 60, 120, 180, 720, 1440, 2880)
            select Named($"{level} updates every {DurationText.Format(cadence)}", b => b.Level(level, l => l.UpdateCadence(cadence)))),
        (1, from level in Gen.Elements(Levels.ToArray())
            from days in Gen.Choose(1, 2)
            let cadence = PolicyDuration.BusinessDays(days)
            select Named($"{level} updates every {cadence}", b => b.Level(level, l => l.UpdateCadence(cadence)))),
        (3, from level in Gen.Elements(Levels.ToArray())
            from phases in Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Phase, n))
            let schedule = new CadenceSchedule([.. phases.Select((p, i) => new CadencePhase(p.Every, i == phases.Length - 1 ? null : p.For))])
            select Named($"{level} updates every {schedule}", b => b.Level(level, l => l.UpdateCadence(schedule)))));

    /// <summary>A phase of a cadence schedule: mostly minutes to hours, sometimes a business day; lasting minutes to a day.</summary>
    private static Gen<(PolicyDuration Every, Duration For)> Phase =>
        from every in Gen.Frequency(
            (6, Minutes(10, 15, 20, 30, 60, 120, 240).Select(PolicyDuration.Within)),
            (1, Gen.Constant(PolicyDuration.NextBusinessDay)))
        from @for in Minutes(25, 45, 60, 120, 300, 1440)
        select (every, @for);

    private static Gen<PolicyChange> Notify =>
        from level in Gen.Elements(Levels.ToArray())
        from recipients in Gen.SubListOf(Recipients).SelectMany(r => Gen.Shuffle<string>(r))
        select Named(
            $"{level} notifies {(recipients.Length == 0 ? "nobody" : string.Join(", ", recipients))}",
            b => b.Level(level, l => l.Notify(recipients)));

    private static Gen<PolicyChange> Roles =>
        from level in Gen.Elements(Levels.ToArray())
        from roles in Gen.SubListOf(Enum.GetValues<IncidentRole>())
        select Named(
            $"{level} requires {(roles.Count == 0 ? "no roles" : string.Join(", ", roles.Select(r => Identifiers.Camel(r))))}",
            b => b.Level(level, l => l.RequiredRoles([.. roles])));

    private static Gen<PolicyChange> Windows => Gen.OneOf(
        from level in Gen.Elements(Levels.ToArray())
        from window in Gen.Frequency((1, Gen.Constant<Duration?>(null)), (3, Minutes(5, 15, 30, 60).Select(d => (Duration?)d)))
        select Named($"{level} verifies for {Text(window)}", b => b.Level(level, l => l.VerificationWindow(window))),
        from level in Gen.Elements(Levels.ToArray())
        from within in Gen.Frequency(
            (1, Gen.Constant<PolicyDuration?>(null)),
            (3, Minutes(1440, 2880, 4320, 10080, 20160).Select(d => (PolicyDuration?)d)),
            (1, Gen.Choose(1, 5).Select(n => (PolicyDuration?)PolicyDuration.BusinessDays(n))))
        select Named($"{level} is reviewed within {within?.ToString() ?? "none"}", b => b.Level(level, l => l.ReviewWithin(within))));

    /// <summary>A monotone matrix: a cell is at least as severe as every cell with less impact in both answers.</summary>
    private static Gen<PolicyChange> Matrix =>
        from ranks in Gen.ArrayOf(Gen.Choose(0, 3), Impacts.ScopesByImpact.Count * Impacts.UsersByImpact.Count)
        select MonotoneMatrix(ranks);

    private static Gen<PolicyChange> Calendar => Gen.OneOf(
        from zone in Gen.Elements(Zones.ToArray())
        select Named($"calendar in {zone}", b => b.Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb[zone]))),
        from days in Gen.Elements(
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday },
            new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday },
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday },
            new[] { IsoDayOfWeek.Wednesday })
        select Named($"working days {string.Join(",", days.Select(d => d.ToString()[..3]))}", b => b.Calendar(c => c.WorkingDays(days))),
        from hours in Gen.Elements((9, 0, 17, 0), (8, 30, 18, 0), (10, 0, 16, 0), (7, 0, 19, 30), (0, 30, 2, 30), (1, 0, 2, 15))
        let start = new LocalTime(hours.Item1, hours.Item2)
        let end = new LocalTime(hours.Item3, hours.Item4)
        select Named($"working hours {IsoTime.Format(start)}-{IsoTime.Format(end)}", b => b.Calendar(c => c.WorkingHours(start, end))),
        from holidays in Gen.Frequency(
            (2, Gen.SubListOf(KnownHolidays).Select(h => h.ToArray())),
            (1, Gen.ArrayOf(Gen.Choose(0, 400).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)))))
        select Named(
            $"holidays {(holidays.Length == 0 ? "none" : string.Join(",", holidays.Order().Select(h => IsoTime.Format(h))))}",
            b => b.Calendar(c => c.Holidays(holidays))),
        from yearly in Gen.SubListOf(new AnnualDate(1, 1), new AnnualDate(2, 29), new AnnualDate(7, 4), new AnnualDate(12, 25), new AnnualDate(12, 26))
        select Named(
            $"yearly holidays {(yearly.Count == 0 ? "none" : string.Join(",", yearly.Order().Select(IsoTime.Format)))}",
            b => b.Calendar(c => c.YearlyHolidays([.. yearly]))));

    private static Gen<PolicyChange> RuleSeverities => Gen.Frequency(
        (6, from rule in Gen.Elements(BuiltInRules.All.Where(r => r.IsConfigurable).Select(r => r.Id).ToArray())
            from severity in Gen.Frequency((3, Gen.Constant(RuleSeverity.None)), (1, Gen.Elements(RuleSeverity.Info, RuleSeverity.Warning, RuleSeverity.Error)))
            select Named($"{rule} {Identifiers.Camel(severity)}", b => b.RuleSeverity(rule, severity))),
        (1, from category in Gen.Elements(RuleCategories.Communication, RuleCategories.Roles, RuleCategories.Escalation)
            from severity in Gen.Elements(RuleSeverity.None, RuleSeverity.Error)
            select Named($"category {category} {Identifiers.Camel(severity)}", b => b.CategorySeverity(category, severity))),
        (1, from severity in Gen.Elements(RuleSeverity.None, RuleSeverity.Warning)
            select Named($"all rules {Identifiers.Camel(severity)}", b => b.AllRulesSeverity(severity))));

    private static Gen<Duration> Minutes(params int[] minutes) => Gen.Elements(minutes).Select(m => Duration.FromMinutes(m));

    private static PolicyChange Named(string description, Action<ResponsePolicyBuilder> apply) => new(description, apply);

    private static string Text(Duration? duration) => duration is { } d ? DurationText.Format(d) : "none";

    private static PolicyChange MonotoneMatrix(int[] ranks)
    {
        var scopes = Impacts.ScopesByImpact;
        var users = Impacts.UsersByImpact;
        // Cell (i, j) takes the least severe (largest) rank among the cells with at least its impact in both answers.
        var cells = new int[scopes.Count, users.Count];
        for (var i = 0; i < scopes.Count; i++)
        {
            for (var j = 0; j < users.Count; j++)
            {
                var rank = ranks[(i * users.Count) + j];
                if (i > 0)
                {
                    rank = Math.Max(rank, cells[i - 1, j]);
                }

                if (j > 0)
                {
                    rank = Math.Max(rank, cells[i, j - 1]);
                }

                cells[i, j] = rank;
            }
        }

        var rows = Enumerable.Range(0, scopes.Count)
            .Select(i => string.Join(" ", Enumerable.Range(0, users.Count).Select(j => Levels[cells[i, j]])));
        return Named($"matrix {string.Join(" | ", rows)}", b =>
        {
            for (var i = 0; i < scopes.Count; i++)
            {
                for (var j = 0; j < users.Count; j++)
                {
                    b.Classify(scopes[i], users[j], Levels[cells[i, j]]);
                }
            }
        });
    }
}
