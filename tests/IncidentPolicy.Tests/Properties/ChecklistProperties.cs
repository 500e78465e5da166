using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// The checklist is computed like an evaluation: an item once done stays done, with the same instant; the
/// report holds from its instant until <c>nextChangeAt</c> and changes there; no item is due before detection.
/// </summary>
public sealed class ChecklistProperties
{
    private static readonly Duration Tick = Duration.FromSeconds(1);

    private static readonly ConditionalWeakTable<PolicyEngine, ChecklistEngine> Checklists = [];

    private static ChecklistReport Report(Scenario s, Instant at) =>
        Checklists.GetValue(s.Engine, e => new ChecklistEngine(e)).Report(s.Incident, at);

    [Invariant]
    public Property An_item_once_done_stays_done_with_the_same_instant() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var earlier = Report(s, s.At);
        var later = Report(s, s.LaterAt);
        foreach (var item in earlier.Items.Where(i => i.IsDone))
        {
            var after = later[item.Key];
            Assert.True(after.IsDone, $"{item.Key} was done at {s.At} but is {after.State} at {s.LaterAt}");
            Assert.Equal(item.At, after.At);
        }

        return Prop.ToProperty(true).Classify(earlier.Items.Count(i => i.IsDone) > 2, "more than two items done");
    });

    [Invariant]
    public Property The_report_is_the_same_until_nextChangeAt_and_changes_there() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var report = Report(s, s.At);
        var until = report.NextChangeAt ?? s.LaterAt + Duration.FromDays(2);
        var probes = new SortedSet<Instant> { s.At + Tick, s.At + ((until - s.At) / 2), until - Tick, s.LaterAt };
        foreach (var probe in probes.GetViewBetween(s.At, until - Tick))
        {
            Assert.True(report.HasSameItems(Report(s, probe)), $"the report at {probe} differs from the one at {s.At}, before nextChangeAt {report.NextChangeAt}");
        }

        if (report.NextChangeAt is { } next)
        {
            Assert.True(next > s.At);
            Assert.False(report.HasSameItems(Report(s, next)), $"nothing changes at nextChangeAt {next}");
        }

        return Prop.ToProperty(true).Classify(report.NextChangeAt is null, "never changes again");
    });

    [Invariant]
    public Property No_item_is_due_before_detection() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var report = Report(s, s.At);
        Assert.Equal(ChecklistItems.All.Select(d => d.Key), report.Items.Select(i => i.Key));
        Assert.All(report.Items.Where(i => i.DueBy is not null), i => Assert.True(i.DueBy >= s.Incident.DetectedAt, $"{i.Key} is due at {i.DueBy}, before detection"));
        Assert.All(report.Items.Where(i => i.At is not null), i => Assert.True(i.At >= s.Incident.DetectedAt && i.At <= s.At, $"{i.Key} at {i.At}"));
        return Prop.ToProperty(true);
    });
}
