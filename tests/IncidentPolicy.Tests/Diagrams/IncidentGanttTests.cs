using System;
using System.Linq;
using IncidentPolicy.Diagrams;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Diagrams;

/// <summary>The incident as a Mermaid gantt diagram: bars per level, deadlines met and missed, mitigation and resolution.</summary>
public sealed class IncidentGanttTests
{
    private static readonly Instant Detected = Instant.FromUtc(2024, 3, 15, 10, 0);

    private static Instant At(int hour, int minute = 0) => Instant.FromUtc(2024, 3, 15, hour, minute);

    private static GanttDiagram Draw(IncidentRecord incident, Instant at) =>
        GanttDiagram.Parse(IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, at)));

    [Fact]
    public void The_payments_incident_has_a_bar_per_level_its_deadlines_met_its_mitigation_and_its_resolution()
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));

        var diagram = Draw(incident, Instant.FromUtc(2024, 3, 16, 12, 0));

        Assert.Equal("INC-2024-0315-1 Payments down", diagram.Title);
        Assert.Equal(
            [("P2", Instant.FromUtc(2024, 3, 15, 14, 0), Instant.FromUtc(2024, 3, 15, 14, 5)), ("P1", Instant.FromUtc(2024, 3, 15, 14, 5), Instant.FromUtc(2024, 3, 15, 14, 45))],
            diagram.In(IncidentGantt.SeveritySection).Select(t => (t.Name, t.Start, t.End)));
        Assert.Equal(["Response in time", "Status update", "Status update", "Status update", "Review in time"], diagram.In(IncidentGantt.MetSection).Select(t => t.Name));
        Assert.Equal(["Mitigation (rollback)", "Resolved"], diagram.In(IncidentGantt.ResponseSection).Select(t => t.Name));
        Assert.Empty(diagram.In(IncidentGantt.MissedSection));
        Assert.All(diagram.Tasks.Where(t => t.Section != IncidentGantt.SeveritySection), t => Assert.True(t.IsMilestone));
    }

    [Fact]
    public void Misses_are_critical_milestones_and_a_run_of_misses_is_one_critical_bar()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore));

        var diagram = Draw(incident, At(17));

        var missed = diagram.In(IncidentGantt.MissedSection).ToList();
        Assert.Equal(["IRP2001 missed", "IRP5001 missed 10 times", "IRP4002 missed", "IRP5003 missed 4 times"], missed.Select(t => t.Name));
        Assert.All(missed, t => Assert.Contains("crit", t.Tags));
        Assert.Equal((At(12), At(17)), (missed[1].Start, missed[1].End));
        Assert.False(missed[1].IsMilestone);
        Assert.Equal(At(17), diagram.In(IncidentGantt.SeveritySection).Last().End);
    }

    [Fact]
    public void A_late_acknowledgement_is_not_a_deadline_met()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore), [new Acknowledged(At(12, 30))]);

        var diagram = Draw(incident, At(13));

        Assert.DoesNotContain(diagram.Tasks, t => t.Name == "Response in time");
        Assert.Contains(diagram.Tasks, t => t.Name == "IRP2001 missed");
    }

    [Fact]
    public void Names_lose_the_characters_the_syntax_reserves_and_people_become_role_titles()
    {
        var incident = new IncidentRecord(
            "INC-1", "API: 50% errors; see #ops", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore),
            [new RoleAssigned(At(10, 1), IncidentRole.TechnicalLead, "dana"), new MitigationApplied(At(10, 30), "dana: restart; flag #2")]);

        var text = IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, At(11)));
        var diagram = GanttDiagram.Parse(text);

        Assert.Equal("INC-1 API 50 errors see ops", diagram.Title);
        Assert.Contains(diagram.Tasks, t => t.Name == "Mitigation (the technical lead restart flag 2)");
        Assert.DoesNotContain("dana", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_axis_shows_dates_when_the_incident_spans_more_than_one_UTC_day()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.Cosmetic));

        Assert.Contains("    axisFormat %H:%M\n", IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, At(23, 59))), StringComparison.Ordinal);
        Assert.Contains("    axisFormat %m-%d %H:%M\n", IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, At(23, 59) + Duration.FromMinutes(2))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_of_another_incident_is_refused()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected);
        var other = Engines.Default.Evaluate(incident with { Id = "INC-2" }, At(11));

        var refused = Assert.Throws<ArgumentException>(() => IncidentGantt.Write(incident, other));

        Assert.Equal("evaluation", refused.ParamName);
        Assert.StartsWith("The evaluation is of incident 'INC-2', not 'INC-1'.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_record_or_evaluation_is_refused_naming_it()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected);
        var evaluation = Engines.Default.Evaluate(incident, At(11));

        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => IncidentGantt.Write(null!, evaluation)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => IncidentGantt.Write(incident, null!)).ParamName);
    }

    [Fact]
    public void The_diagram_opens_with_its_title_date_format_and_axis_and_without_a_marker_for_today()
    {
        var incident = new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore));

        var text = IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, At(11)));

        // A past incident drawn with today's marker would stretch its axis to today.
        Assert.StartsWith(
            "gantt\n    title INC-1 Search\n    dateFormat YYYY-MM-DD HH:mm:ss\n    axisFormat %H:%M\n    todayMarker off\n    section Severity\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_left_empty_by_the_reserved_characters_leaves_the_id_alone()
    {
        var incident = new IncidentRecord("INC-1", "#%", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore));

        Assert.Contains("\n    title INC-1\n", IncidentGantt.Write(incident, Engines.Default.Evaluate(incident, At(11))), StringComparison.Ordinal);
        Assert.Equal("INC-1", Draw(incident, At(11)).Title);
    }

    [Fact]
    public void A_mitigation_without_an_action_or_with_only_reserved_characters_is_named_Mitigation_alone()
    {
        var incident = new IncidentRecord(
            "INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore),
            [new MitigationApplied(At(10, 20)), new MitigationApplied(At(10, 30), "%%"), new MitigationApplied(At(10, 40), "flag: off")]);

        var diagram = Draw(incident, At(11));

        Assert.Equal(
            [("Mitigation", At(10, 20)), ("Mitigation", At(10, 30)), ("Mitigation (flag off)", At(10, 40))],
            diagram.In(IncidentGantt.ResponseSection).Select(t => (t.Name, t.Start)));
    }

    [Fact]
    public void Each_section_numbers_its_tasks_from_one_in_the_order_drawn()
    {
        var payments = Draw(IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json")), Instant.FromUtc(2024, 3, 16, 12, 0));
        var search = Draw(new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore)), At(17));

        Assert.Equal(["level1", "level2", "met1", "met2", "met3", "met4", "met5", "step1", "step2"], payments.Tasks.Select(t => t.Id));
        // One milestone, a run, one milestone, a run: a run is numbered in its place like a single miss.
        Assert.Equal(["missed1", "missed2", "missed3", "missed4"], search.In(IncidentGantt.MissedSection).Select(t => t.Id));
    }

    [Fact]
    public void An_acknowledgement_exactly_at_responseBy_is_a_response_in_time()
    {
        // A P2 detected at 10:00 is to be acknowledged within 2h.
        var incident = new IncidentRecord("INC-1", "Search", Detected, new ImpactAssessment(UsersAffected.Subset, ImpactScope.NonCore), [new Acknowledged(At(12))]);

        var diagram = Draw(incident, At(12, 30));

        Assert.Contains(diagram.In(IncidentGantt.MetSection), t => (t.Name, t.Start) == ("Response in time", At(12)));
        Assert.DoesNotContain(diagram.Tasks, t => t.Name.StartsWith("IRP2001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_completed_exactly_at_reviewBy_is_in_time_and_one_a_minute_later_is_a_miss()
    {
        // A P1 resolved at 11:00 is to be reviewed within 48h: by 2024-03-17 11:00.
        var reviewBy = Instant.FromUtc(2024, 3, 17, 11, 0);
        IncidentRecord Reviewed(Instant at) => new(
            "INC-1", "Payments", Detected, new ImpactAssessment(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired),
            [new Acknowledged(At(10, 5)), new Resolved(At(11)), new ReviewCompleted(at)]);

        var inTime = Draw(Reviewed(reviewBy), reviewBy + Duration.FromHours(1));
        var late = Draw(Reviewed(reviewBy + Duration.FromMinutes(1)), reviewBy + Duration.FromHours(1));

        Assert.Contains(inTime.In(IncidentGantt.MetSection), t => (t.Name, t.Start) == ("Review in time", reviewBy));
        Assert.DoesNotContain(inTime.Tasks, t => t.Name.StartsWith("IRP7001", StringComparison.Ordinal));
        Assert.DoesNotContain(late.Tasks, t => t.Name == "Review in time");
        Assert.Contains(late.In(IncidentGantt.MissedSection), t => (t.Name, t.Start, t.IsMilestone) == ("IRP7001 missed", reviewBy, true));
    }

    [Theory]
    [InlineData("gantt\n    title x\n    section S\n    a :a1, 2024-03-15 10:00:00, 0d\n")]
    [InlineData("gantt\n    title x\n    dateFormat YYYY-MM-DD HH:mm:ss\n    a :a1, 2024-03-15 10:00:00, 0d\n")]
    [InlineData("gantt\n    title x\n    dateFormat YYYY-MM-DD HH:mm:ss\n    section S\n    a :a1, 2024-03-15 10:00, 0d\n")]
    [InlineData("gantt\n    title x\n    dateFormat YYYY-MM-DD HH:mm:ss\n    section S\n    a :milestone, a1, 2024-03-15 10:00:00, 1h\n")]
    [InlineData("gantt\n    title x\n    dateFormat YYYY-MM-DD HH:mm:ss\n    section S\n    a :a1, 2024-03-15 10:00:00, 0d\n    b :a1, 2024-03-15 10:00:00, 0d\n")]
    [InlineData("gantt\n    title x\n    dateFormat YYYY-MM-DD HH:mm:ss\n    section S\n    a :a1, 2024-03-15 10:00:00, 2024-03-15 09:00:00\n")]
    public void The_test_parser_refuses_what_the_grammar_does_not_allow(string text)
    {
        Assert.Throws<FormatException>(() => GanttDiagram.Parse(text));
    }
}
