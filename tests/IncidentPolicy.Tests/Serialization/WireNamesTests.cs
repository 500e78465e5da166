using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Hosts name enum values as the documents do, through the one public table.</summary>
public sealed class WireNamesTests
{
    [Fact]
    public void Every_value_of_every_wire_enum_has_a_name_that_reads_back_to_it()
    {
        AssertRoundTrips(WireNames.UsersAffected);
        AssertRoundTrips(WireNames.Scope);
        AssertRoundTrips(WireNames.Role);
        AssertRoundTrips(WireNames.Status);
        AssertRoundTrips(WireNames.DiagnosticSeverity);
        AssertRoundTrips(WireNames.Channel);
        AssertRoundTrips(WireNames.RuleSeverity);
        AssertRoundTrips(WireNames.WorkingDay, IsoDayOfWeek.None);
        AssertRoundTrips(WireNames.Audience);
        AssertRoundTrips(WireNames.Step);
        AssertRoundTrips(WireNames.Signal);
    }

    [Fact]
    public void Names_are_the_documents_camelCase_words()
    {
        Assert.Equal(
            ("coreSeverelyImpaired", "incidentCommander", "mitigated", "warning", "page", "none", "saturday"),
            (WireNames.Scope.Name(ImpactScope.CoreSeverelyImpaired), WireNames.Role.Name(IncidentRole.IncidentCommander),
             WireNames.Status.Name(IncidentStatus.Mitigated), WireNames.DiagnosticSeverity.Name(DiagnosticSeverity.Warning),
             WireNames.Channel.Name(NotificationChannel.Page), WireNames.RuleSeverity.Name(RuleSeverity.None),
             WireNames.WorkingDay.Name(IsoDayOfWeek.Saturday)));
    }

    [Fact]
    public void Names_are_case_sensitive_and_an_undefined_value_has_none()
    {
        Assert.False(WireNames.Status.TryParse("Open", out _));
        Assert.False(WireNames.Status.TryParse(null, out _));
        Assert.Throws<ArgumentException>(() => WireNames.Status.Name((IncidentStatus)42));
    }

    [Fact]
    public void The_event_types_are_the_types_the_events_report()
    {
        IncidentEvent[] events =
        [
            new SeverityAssigned(default, "P1"), new Acknowledged(default), new RoleAssigned(default, IncidentRole.Scribe, "ana"),
            new StatusUpdatePosted(default), new ImpactReassessed(default, new ImpactUpdate()), new MitigationApplied(default),
            new Resolved(default), new ReviewCompleted(default), new CauseIdentified(default, "cause"), new ChannelOpened(default),
            new InvestigationStep(default, MethodologyStep.Logs), new Observation(default, ObservedSignal.MemoryGrowth), new ReviewScheduled(default, default),
            new ActionItemCreated(default, "fix", "ana", default),
        ];

        Assert.Equal(events.Select(e => e.Type), WireNames.EventTypes);
    }

    private static void AssertRoundTrips<TEnum>(EnumWireNames<TEnum> names, params TEnum[] notOnTheWire)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>().Except(notOnTheWire).ToList();
        Assert.Equal(values.Count, names.Names.Length);
        foreach (var value in values)
        {
            Assert.True(names.TryParse(names.Name(value), out var back));
            Assert.Equal(value, back);
        }
    }
}
