using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Checklist;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Checklist;

/// <summary>The checklist's settings: their defaults, their value equality and the problems of settings that do not fit the policy.</summary>
public sealed class ChecklistSettingsTests
{
    private const string Levels = "expected P0, P1, P2 or P3";

    [Fact]
    public void By_default_triage_takes_five_minutes_and_P0_P1_and_P2_need_a_channel()
    {
        var settings = ChecklistSettings.Default;

        Assert.Equal(PolicyDuration.Within(Duration.FromMinutes(5)), settings.TriageWithin);
        Assert.Null(settings.RequiresChannel);
        Assert.Equal([true, true, true, false], new[] { "P0", "P1", "P2", "P3" }.Select(settings.ChannelRequiredAt));
    }

    [Fact]
    public void Settings_with_every_member_equal_are_equal()
    {
        Assert.Equal(ChecklistSettings.Default, new ChecklistSettings());
        Assert.Equal(ChecklistSettings.Default.GetHashCode(), new ChecklistSettings().GetHashCode());
        var named = new ChecklistSettings { TriageWithin = Duration.FromMinutes(10), RequiresChannel = ["P0", "P1"] };
        var same = new ChecklistSettings { TriageWithin = Duration.FromMinutes(10), RequiresChannel = new[] { "P0", "P1" }.ToImmutableArray() };
        Assert.True(named.Equals(same));
        Assert.Equal(named.GetHashCode(), same.GetHashCode());
        Assert.False(named.Equals(null));
    }

    [Theory]
    [InlineData("TriageWithin")]
    [InlineData("RequiresChannel named")]
    [InlineData("RequiresChannel other levels")]
    [InlineData("RequiresChannel none")]
    public void Settings_differing_in_one_member_are_unequal(string member)
    {
        var settings = new ChecklistSettings { RequiresChannel = ["P0", "P1"] };
        var other = member switch
        {
            "TriageWithin" => settings with { TriageWithin = Duration.FromMinutes(10) },
            "RequiresChannel named" => settings with { RequiresChannel = null },
            "RequiresChannel other levels" => settings with { RequiresChannel = ["P0", "P2"] },
            _ => settings with { RequiresChannel = [] },
        };

        Assert.False(settings.Equals(other));
        Assert.False(other.Equals(settings));
    }

    [Fact]
    public void Settings_that_do_not_fit_the_policy_are_refused_with_every_problem_at_its_place()
    {
        var settings = new ChecklistSettings { TriageWithin = Duration.Zero, RequiresChannel = ["P1", "SEV1", null!] };

        var e = Assert.Throws<InvalidPolicyException>(() => new ChecklistEngine(Engines.Default, settings));

        Assert.Equal(
            [
                ("$.checklist.triageWithin", "must be a positive duration, got \"PT0S\""),
                ("$.checklist.requiresChannel[1]", $"unknown level \"SEV1\"; {Levels}"),
                ("$.checklist.requiresChannel[2]", $"unknown level \"\"; {Levels}"),
            ],
            e.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void The_policy_builder_reports_the_settings_problems()
    {
        var e = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.CreateBuilder().TriageWithin(Duration.FromMinutes(-5)).RequiresChannel("P4").Build());

        Assert.Equal(
            [
                ("$.checklist.triageWithin", "must be a positive duration, got \"-PT5M\""),
                ("$.checklist.requiresChannel[0]", $"unknown level \"P4\"; {Levels}"),
            ],
            e.Problems.Select(p => (p.Path, p.Message)));
    }
}
