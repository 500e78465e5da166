using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Records;

/// <summary>What a record built in code holds when a host leaves the optional parts out.</summary>
public sealed class IncidentRecordTests
{
    [Fact]
    public void Without_a_title_impact_or_events_the_record_has_an_empty_title_an_unknown_impact_and_no_events()
    {
        var record = new IncidentRecord("INC-1", null, T.Of("09:00"));

        Assert.Equal(string.Empty, record.Title);
        Assert.Same(ImpactAssessment.Unknown, record.Impact);
        Assert.Equal(new ImpactAssessment(UsersAffected.Unknown, ImpactScope.Unknown, false, false), record.Impact);
        Assert.False(record.Events.IsDefault);
        Assert.Empty(record.Events);
    }

    [Fact]
    public void The_events_given_are_kept_in_the_order_given()
    {
        IncidentEvent[] events = [new Resolved(T.Of("10:00")), new Acknowledged(T.Of("09:05"))];

        var record = new IncidentRecord("INC-1", "Checkout down", T.Of("09:00"), events: events);

        Assert.Equal(events, record.Events);
    }

    [Fact]
    public void The_start_time_is_the_detection_unless_an_earlier_start_was_recorded()
    {
        var record = new IncidentRecord("INC-1", "Checkout down", T.Of("09:00"));

        Assert.Equal(T.Of("09:00"), record.StartTime);
        Assert.Equal(T.Of("08:40"), (record with { StartedAt = T.Of("08:40") }).StartTime);
    }
}
