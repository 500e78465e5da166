using System;
using IncidentPolicy.Model.Events;
using Xunit;
using static IncidentPolicy.Tests.Reviews.ReviewCases;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>The course of an incident the draft tells: the events the evaluation saw, up to the resolution and afterwards only reviews.</summary>
public sealed class IncidentCourseTests
{
    [Fact]
    public void An_event_after_the_resolution_other_than_a_review_is_not_told()
    {
        // The evaluation ignores a mitigation once the incident is resolved.
        var incident = P2(new Acknowledged(At(10, 5)), new Resolved(At(11)), new MitigationApplied(At(11, 10), "restarted the node"), new ReviewCompleted(At(12)));

        var draft = Draft(incident, At(13));

        Assert.Contains("| 11:00 | Resolved |\n| 12:00 | Post-incident review completed |\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_completed_before_the_resolution_is_not_told()
    {
        var incident = P2(new Acknowledged(At(10, 5)), new ReviewCompleted(At(10, 30)), new Resolved(At(11)), new ReviewCompleted(At(12)));

        var draft = Draft(incident, At(13));

        Assert.Contains("| 10:05 | On-call acknowledged |\n| 11:00 | Resolved |\n| 12:00 | Post-incident review completed |\n", draft, StringComparison.Ordinal);
    }
}
