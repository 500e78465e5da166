using System;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Reviews;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;
using static IncidentPolicy.Tests.Reviews.ReviewCases;

namespace IncidentPolicy.Tests.Reviews;

/// <summary>The timeline rows of the draft: level changes with and without a reason, impact reassessments, the impact in words, text made safe for Markdown.</summary>
public sealed class ReviewTimelineTests
{
    [Fact]
    public void A_mitigation_without_an_action_is_a_bare_row()
    {
        var draft = Draft(P2(new MitigationApplied(At(10, 20), null)), At(10, 30));

        Assert.Contains("| 10:20 | Mitigation applied |\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_exactly_at_the_analysis_instant_is_in_the_timeline()
    {
        var draft = Draft(P2(new MitigationApplied(At(10, 30), "rolled back")), At(10, 30));

        Assert.Contains("| 10:30 | Mitigation applied: rolled back |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manual_level_change_is_told_with_who_set_that_level_at_that_instant_and_without_a_reason_ends_there()
    {
        var incident = P2(
            new RoleAssigned(At(10, 1), IncidentRole.IncidentCommander, "carol"),
            new RoleAssigned(At(10, 2), IncidentRole.TechnicalLead, "bob"),
            new SeverityAssigned(At(10, 5), "P1", "carol"),
            new SeverityAssigned(At(10, 10), "P2", "bob"),
            new SeverityAssigned(At(10, 15), "P1", "bob"));

        var draft = Draft(incident, At(10, 20));

        // The second P1 was set by bob; carol set the first one, at another instant. No reason was given, and the
        // history's stand-in ("assigned by bob") would only repeat who set it.
        Assert.Contains("| 10:15 | Severity set to P1 by the technical lead |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:05 | Severity set to P1 by the incident commander |", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reassessment_lists_what_changed_in_words_and_one_that_changes_nothing_says_so()
    {
        var incident = new IncidentRecord("INC-1", "Search degraded", Detected, ImpactAssessment.Unknown,
        [
            new ImpactReassessed(At(10, 10), new ImpactUpdate { Description = "still looking" }),
            new ImpactReassessed(At(10, 20), new ImpactUpdate(Scope: ImpactScope.CoreSeverelyImpaired)),
            new ImpactReassessed(At(10, 30), new ImpactUpdate(UsersAffected.Internal, ImpactScope.Outage, SecurityBreach: true, DataCorruption: false)),
        ]);

        var draft = Draft(incident, At(10, 40));

        Assert.Contains("| 10:10 | Impact reassessed: no change |", draft, StringComparison.Ordinal);
        Assert.Contains("| 10:20 | Impact reassessed: scope core functionality severely impaired |", draft, StringComparison.Ordinal);
        Assert.Contains(
            "| 10:30 | Impact reassessed: users affected internal users only, scope complete outage, security breach yes, data corruption no |",
            draft,
            StringComparison.Ordinal);
        Assert.Contains("\n- Users affected: internal users only\n- Scope: complete outage\n- Security breach: yes\n- Data corruption: no\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impact_not_assessed_is_not_known()
    {
        var incident = new IncidentRecord("INC-1", "Search degraded", Detected, ImpactAssessment.Unknown, []);

        var draft = Draft(incident, At(10, 5));

        Assert.Contains("\n- Users affected: not known\n- Scope: not known\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_tabs_in_record_text_become_spaces_and_backslashes_and_backticks_are_escaped()
    {
        var incident = P2(new SeverityAssigned(At(10, 5), "P1", null, "first\nsecond\tthird: ran `fix.sh` in C:\\tmp"));

        var draft = Draft(incident, At(10, 10));

        Assert.Contains("| 10:05 | Severity set to P1 by a responder: first second third: ran \\`fix.sh\\` in C:\\\\tmp |", draft, StringComparison.Ordinal);
    }
}
