using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IncidentPolicy.Checklist;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Checklist;

/// <summary>
/// A P1 walked through its whole life, the checklist at each wake-up a host would have (detection, each event,
/// each <c>nextChangeAt</c>), compared with <c>P1Life.approved.txt</c>. INCIDENTPOLICY_UPDATE_CHECKLIST=1 rewrites it.
/// </summary>
public sealed class P1LifeChecklistTests
{
    private static readonly string Approved = Repository.PathOf("tests", "IncidentPolicy.Tests", "Checklist", "P1Life.approved.txt");

    private static Instant At(string time) => T.Of(time);

    private static IncidentRecord Life() => Incidents.Record(
        "14:00",
        Incidents.Impact(UsersAffected.Unknown, ImpactScope.CoreDegraded),
        new ImpactReassessed(At("14:03"), new ImpactUpdate(UsersAffected: UsersAffected.Most)),
        new SeverityAssigned(At("14:05"), "P1", "carol", "checkout failing for most users"),
        new RoleAssigned(At("14:06"), IncidentRole.IncidentCommander, "carol"),
        new ChannelOpened(At("14:06"), "#inc-payments"),
        new RoleAssigned(At("14:07"), IncidentRole.TechnicalLead, "bob"),
        new StatusUpdatePosted(At("14:10")),
        new InvestigationStep(At("14:10"), MethodologyStep.Dashboards),
        new Observation(At("14:11"), ObservedSignal.ErrorRateSpike),
        new InvestigationStep(At("14:14"), MethodologyStep.Deploys),
        new Observation(At("14:15"), ObservedSignal.RecentDeploy),
        new InvestigationStep(At("14:18"), MethodologyStep.Logs),
        new InvestigationStep(At("14:20"), MethodologyStep.Hypothesis),
        new MitigationApplied(At("14:25"), "rollback"),
        new InvestigationStep(At("14:27"), MethodologyStep.Test),
        new RoleAssigned(At("14:40"), IncidentRole.CommunicationsLead, "erin"),
        new RoleAssigned(At("14:41"), IncidentRole.Scribe, "frank"),
        new StatusUpdatePosted(At("14:40")),
        new Resolved(At("14:45")),
        new StatusUpdatePosted(At("15:00")),
        new ReviewScheduled(At("2024-03-16T09:00"), At("2024-03-18T10:00")),
        new ActionItemCreated(At("2024-03-16T11:00"), "Add an integration test", "alice", new LocalDate(2024, 3, 22)),
        new ReviewScheduled(At("2024-03-16T12:00"), At("2024-03-17T10:00")));

    [Fact]
    public void The_checklist_at_each_step_of_a_P1s_life_is_the_approved_one()
    {
        var text = Walk(new ChecklistEngine(Engines.Default), Life());

        if (Environment.GetEnvironmentVariable("INCIDENTPOLICY_UPDATE_CHECKLIST") == "1")
        {
            File.WriteAllText(Approved, text);
        }

        Assert.Equal(File.ReadAllText(Approved).ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Every_wake_up_is_what_the_report_before_it_promised()
    {
        var engine = new ChecklistEngine(Engines.Default);
        var incident = Life();
        var report = engine.Report(incident, incident.DetectedAt);
        var steps = 0;
        while (report.NextChangeAt is { } next && steps++ < 100)
        {
            var before = engine.Report(incident, next - Duration.FromSeconds(1));
            Assert.True(report.HasSameItems(before) || before.At == report.At, $"changed before {next}");
            var after = engine.Report(incident, next);
            Assert.False(report.HasSameItems(after), $"nothing changed at {next}");
            report = after;
        }

        Assert.Null(report.NextChangeAt);
        Assert.All(report.Items.Where(i => i.Key != "severityAssigned"), i => Assert.NotEqual(ChecklistItemState.Pending, i.State));
    }

    private static string Walk(ChecklistEngine engine, IncidentRecord incident)
    {
        var instants = new SortedSet<Instant>(incident.Events.Select(e => e.At)) { incident.DetectedAt };
        var text = new StringBuilder();
        var seen = new HashSet<Instant>();
        while (instants.Count > 0 && seen.Count < 100)
        {
            var at = instants.Min;
            instants.Remove(at);
            if (!seen.Add(at))
            {
                continue;
            }

            var report = engine.Report(incident, at);
            var happened = string.Join(", ", incident.Events.Where(e => e.At == at).Select(e => e.Type));
            text.Append("== ").Append(InstantText(at)).Append(happened.Length == 0 ? string.Empty : $" ({happened})").Append('\n');
            foreach (var item in report.Items)
            {
                text.Append(item.IsDone ? "- [x] " : "- [ ] ").Append(item.Key).Append(": ").Append(WireNames.ChecklistItemState.Name(item.State));
                if (item.At is { } done)
                {
                    text.Append(' ').Append(InstantText(done));
                }

                if (item.DueBy is { } due)
                {
                    text.Append(", due ").Append(InstantText(due));
                }

                text.Append(" | ").Append(item.Evidence).Append('\n');
            }

            text.Append("nextChangeAt: ").Append(report.NextChangeAt is { } n ? InstantText(n) : "none").Append("\n\n");
            if (report.NextChangeAt is { } next)
            {
                instants.Add(next);
            }
        }

        return text.ToString();
    }

    private static string InstantText(Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);
}
