using System;
using IncidentPolicy.Policy;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy;

/// <summary>
/// A cadence schedule made in code: its refusals name the phase (counted from 1), it reads as people write it, and a
/// schedule of one phase has no boundary, whatever the age asked about.
/// </summary>
public sealed class CadenceScheduleModelTests
{
    private static readonly CadenceSchedule Phased = new([
        new CadencePhase(PolicyDuration.Within(Duration.FromMinutes(20)), Duration.FromHours(2)),
        new CadencePhase(PolicyDuration.Within(Duration.FromHours(1))),
    ]);

    [Fact]
    public void A_phase_but_the_last_without_a_length_is_refused_naming_the_phase_from_one()
    {
        var refused = Assert.Throws<ArgumentException>(() => new CadenceSchedule([
            new CadencePhase(PolicyDuration.Within(Duration.FromMinutes(20))),
            new CadencePhase(PolicyDuration.Within(Duration.FromHours(1))),
        ]));

        Assert.Equal("phases", refused.ParamName);
        Assert.StartsWith("phase 1: ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_reads_as_people_write_it()
    {
        Assert.Equal("30m", CadenceSchedule.Every(Duration.FromMinutes(30)).ToString());
        Assert.Equal("20m for 2h, then 1h", Phased.ToString());
    }

    [Fact]
    public void Boundaries_are_the_ends_of_the_phases_and_none_after_the_last_or_in_a_single_cadence()
    {
        Assert.Equal(Duration.FromHours(2), Phased.NextBoundaryAfter(Duration.Zero));
        Assert.Null(Phased.NextBoundaryAfter(Duration.FromHours(2)));
        Assert.Null(CadenceSchedule.Every(Duration.FromMinutes(30)).NextBoundaryAfter(Duration.FromTicks(-1)));
        Assert.Equal(PolicyDuration.Within(Duration.FromHours(1)), Phased.CadenceAt(Duration.FromHours(2)));
    }

    [Fact]
    public void Two_schedules_differ_when_their_phases_do_and_not_when_they_are_the_same()
    {
        var same = new CadenceSchedule([
            new CadencePhase(PolicyDuration.Within(Duration.FromMinutes(20)), Duration.FromHours(2)),
            new CadencePhase(PolicyDuration.Within(Duration.FromHours(1))),
        ]);

        Assert.True(Phased != CadenceSchedule.Every(PolicyDuration.Within(Duration.FromHours(1))));
        Assert.False(Phased != same);
    }

    [Fact]
    public void The_phase_builder_refuses_a_missing_cadence_and_a_length_before_any_phase()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => new CadenceScheduleBuilder().Every(null!));
        var early = Assert.Throws<InvalidOperationException>(() => new CadenceScheduleBuilder().For(Duration.FromHours(1)));

        Assert.Equal("cadence", missing.ParamName);
        Assert.Equal("Add a phase with Every(...) before saying how long it lasts.", early.Message);
    }
}
