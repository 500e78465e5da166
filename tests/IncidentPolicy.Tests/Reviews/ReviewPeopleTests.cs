using System;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Reviews;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Reviews.ReviewCases;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>Which title stands for a person in the draft: the role held at that instant, the longer of two names found at one place, unknown handles as a responder.</summary>
public sealed class ReviewPeopleTests
{
    [Fact]
    public void A_person_is_the_role_taken_last_at_or_before_the_instant_and_before_any_role_the_first_they_took()
    {
        var incident = P2(
            new SeverityAssigned(At(10, 2), "P1", "bob", "bob saw errors"),
            new RoleAssigned(At(10, 4), IncidentRole.TechnicalLead, "bob"),
            new RoleAssigned(At(10, 30), IncidentRole.IncidentCommander, "bob"),
            new SeverityAssigned(At(10, 30), "P2", "bob", "bob rolled back"),
            new MitigationApplied(At(10, 45), "bob drained the node"));

        var draft = Draft(incident, At(11));

        Assert.Contains("| 10:02 | Severity set to P1 by the technical lead: the technical lead saw errors |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:30 | Severity set to P2 by the incident commander: the incident commander rolled back |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:45 | Mitigation applied: the incident commander drained the node |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_names_found_at_one_place_the_longer_is_replaced()
    {
        var incident = P2(
            new RoleAssigned(At(10, 1), IncidentRole.IncidentCommander, "Bob Smith"),
            new RoleAssigned(At(10, 2), IncidentRole.TechnicalLead, "Bob"),
            new MitigationApplied(At(10, 20), "Bob Smith paged Bob"));

        var draft = Draft(incident, At(10, 30));

        Assert.Contains("| 10:20 | Mitigation applied: the incident commander paged the technical lead |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_handle_of_someone_not_in_the_record_is_a_responder()
    {
        var incident = P2(
            new RoleAssigned(At(10, 1), IncidentRole.IncidentCommander, "carol"),
            new MitigationApplied(At(10, 20), "@dave restarted it for @carol"));

        var draft = Draft(incident, At(10, 30));

        Assert.Contains("| 10:20 | Mitigation applied: a responder restarted it for the incident commander |", draft, StringComparison.Ordinal);
    }
}
