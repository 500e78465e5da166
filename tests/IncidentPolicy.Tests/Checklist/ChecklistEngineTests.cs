using System;
using System.Collections.Generic;
using IncidentPolicy.Checklist;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;
using static IncidentPolicy.Checklist.ChecklistItemState;

namespace IncidentPolicy.Tests.Checklist;

/// <summary>
/// The checklist engine around the items: when the first update falls due, when the report next changes, and
/// how a report is read by key. On the default policy: P0 updates every 15 minutes, P1 every 30, P3 every 24 hours.
/// </summary>
public sealed class ChecklistEngineTests
{
    private static readonly ChecklistEngine Engine = new(Engines.Default);

    private static void Is(ChecklistItem item, ChecklistItemState state, string? at, string? due)
    {
        Assert.Equal(state, item.State);
        Assert.Equal(at is null ? null : T.Of(at), item.At);
        Assert.Equal(due is null ? null : T.Of(due), item.DueBy);
    }

    [Fact]
    public void The_first_update_is_due_as_set_just_before_it_a_rise_included()
    {
        // A P3 (due the next day) raised to P1 at 14:10: the first update is due 14:40, and is posted at 14:20.
        var incident = Incidents.Record(
            "14:00", Incidents.P3Impact, new SeverityAssigned(T.Of("14:10"), "P1"), new StatusUpdatePosted(T.Of("14:20")));

        Is(Engine.Report(incident, T.Of("14:30"))["stakeholdersNotified"], Done, "14:20", "14:40");
    }

    [Fact]
    public void An_update_posted_at_the_detection_is_due_as_the_level_set_at_the_detection_says()
    {
        // A P1 impact assigned P0 at the detection, with an update at once: due 15 minutes after detection, as a P0.
        var incident = Incidents.Record(
            "14:00", Incidents.P1Impact, new SeverityAssigned(T.Of("14:00"), "P0"), new StatusUpdatePosted(T.Of("14:00")));

        Is(Engine.Report(incident, T.Of("14:05"))["stakeholdersNotified"], Done, "14:00", "14:15");
    }

    [Fact]
    public void A_P1_with_nothing_done_next_changes_when_its_first_items_fall_due()
    {
        var report = Engine.Report(Incidents.Record("14:00", Incidents.P1Impact), T.Of("14:00"));

        Assert.Equal(T.Of("14:30"), report.NextChangeAt);
    }

    [Fact]
    public void A_report_read_by_an_unknown_key_names_the_key()
    {
        var report = Engine.Report(Incidents.Record("14:00", Incidents.P1Impact), T.Of("14:00"));

        var e = Assert.Throws<KeyNotFoundException>(() => report["channelOpen"]);

        Assert.Equal("The checklist has no item 'channelOpen'.", e.Message);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("engine", Assert.Throws<ArgumentNullException>(() => new ChecklistEngine(null!)).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => Engine.Report(null!, T.Of("14:00"))).ParamName);
    }
}
