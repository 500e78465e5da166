using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using IncidentPolicy.Diagrams;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Reviews;
using IncidentPolicy.Tests.Diagrams;
using IncidentPolicy.Tests.Properties.Generators;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// The review draft and the incident diagram over generated records: the diagram parses and its bars are the
/// evaluation's severity history; the draft names none of the record's people, whatever free text mentions
/// them; its timeline is in time order in the format a review's timeline takes.
/// </summary>
public sealed class ReviewDraftProperties
{
    private static readonly Regex Row = new(@"^\| (?<time>(?:\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}) \| .+ \|$", RegexOptions.CultureInvariant);

    [Invariant]
    public Property The_diagrams_bars_are_the_severity_history_up_to_the_resolution_or_the_instant() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var evaluation = s.Evaluate(s.At);
        var diagram = GanttDiagram.Parse(IncidentGantt.Write(s.Incident, evaluation));

        var bars = diagram.In(IncidentGantt.SeveritySection).ToList();
        var history = evaluation.SeverityHistory;
        var end = ResolvedAt(s.Incident, evaluation) ?? s.At;
        Assert.Equal(history.Length, bars.Count);
        for (var i = 0; i < history.Length; i++)
        {
            Assert.Equal(history[i].Severity.Name, bars[i].Name);
            Assert.Empty(bars[i].Tags);
            Assert.Equal(Seconds(history[i].Since), bars[i].Start);
            Assert.Equal(Seconds(i + 1 < history.Length ? history[i + 1].Since : end), bars[i].End);
        }

        // Every deadline missed is drawn, once; nothing is drawn outside [detection, instant].
        var missed = evaluation.Diagnostics.Count(d => d.Id is "IRP2001" or "IRP4002" or "IRP5001" or "IRP5003" or "IRP7001");
        Assert.Equal(missed, diagram.In(IncidentGantt.MissedSection).Sum(t => t.IsMilestone ? 1 : int.Parse(t.Name.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(diagram.Tasks, t => Assert.InRange(t.Start, Seconds(s.Incident.DetectedAt), s.At));
        Assert.All(diagram.Tasks, t => Assert.InRange(t.End, Seconds(s.Incident.DetectedAt), s.At));
        Assert.Equal(ResolvedAt(s.Incident, evaluation) is null ? 0 : 1, diagram.In(IncidentGantt.ResponseSection).Count(t => t.Name == "Resolved"));
    });

    [Invariant]
    public Property The_draft_names_none_of_the_records_people() => Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
    {
        var incident = Mentioning(s.Incident);
        var draft = ReviewDraft.Write(s.Engine, incident, s.At);

        foreach (var person in People(incident))
        {
            Assert.DoesNotMatch(new Regex($@"(?<![\p{{L}}\p{{N}}_]){Regex.Escape(person)}(?![\p{{L}}\p{{N}}_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), draft);
        }

        Assert.DoesNotContain("@", draft, StringComparison.Ordinal);
    });

    [Invariant]
    public Property The_drafts_timeline_is_in_time_order_with_dates_when_it_spans_days_and_the_action_is_due_no_earlier_than_the_review() =>
        Prop.ForAll(Scenarios.Of(RecordShape.Any), s =>
        {
            var draft = ReviewDraft.Write(s.Engine, s.Incident, s.At);
            var lines = draft.Split('\n');

            var start = Array.IndexOf(lines, "## Timeline (UTC)");
            var times = lines.Skip(start + 3).TakeWhile(l => l.StartsWith('|')).Select(l => Row.Match(l)).ToList();
            Assert.All(times, m => Assert.True(m.Success));
            var texts = times.Select(m => m.Groups["time"].Value).ToList();
            Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
            Assert.True(texts.All(t => t.Length == 16) || texts.All(t => t.Length == 5));
            Assert.EndsWith(" | Incident detected |", times[0].Value, StringComparison.Ordinal);

            var date = s.At.InZone(s.Policy.Policy.Calendar.TimeZone).Date;
            Assert.Contains($"**Date**: {ReviewTextDate(date)} | **Severity**: {s.Evaluate(s.At).PeakSeverity.Name} | ", draft, StringComparison.Ordinal);
            var action = lines.Single(l => l.StartsWith("| [action] | [owner] | Medium | ", StringComparison.Ordinal));
            Assert.True(string.CompareOrdinal(action.Split(" | ")[3], ReviewTextDate(date)) >= 0, action);
        });

    private static string ReviewTextDate(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The instant to the second, as the diagram writes it (generated instants are after 1970).</summary>
    private static Instant Seconds(Instant at) => Instant.FromUnixTimeSeconds(at.ToUnixTimeSeconds());

    private static Instant? ResolvedAt(IncidentRecord incident, PolicyEvaluation evaluation) =>
        evaluation.Status == IncidentStatus.Resolved
            ? incident.Events.Where(e => e is Resolved && e.At <= evaluation.EvaluatedAt).OrderBy(e => e.At).First().At
            : null;

    private static IEnumerable<string> People(IncidentRecord incident) =>
        incident.Events.Select(e => e switch
        {
            Acknowledged a => a.By,
            SeverityAssigned a => a.By,
            RoleAssigned r => r.Person,
            _ => null,
        }).OfType<string>().Select(p => p.Trim()).Where(p => p.Length > 0).Distinct();

    /// <summary>The record with free text that names its people: in the title, the reasons and the actions, as written, capitalised and as @handles.</summary>
    private static IncidentRecord Mentioning(IncidentRecord incident)
    {
        var people = People(incident).ToList();
        if (people.Count == 0)
        {
            return incident;
        }

        string Person(int i) => people[i % people.Count];
        string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
        return incident with
        {
            Title = $"{incident.Title} seen by {Capitalised(Person(0))}",
            Events =
            [
                .. incident.Events.Select((e, i) => e switch
                {
                    SeverityAssigned a => a with { Reason = $"{a.Reason} (@{Person(i).ToLowerInvariant()} asked {Person(i + 1)})" },
                    MitigationApplied m => m with { Action = $"{Capitalised(Person(i))} ran {m.Action}, confirmed by {Person(i + 1)}." },
                    _ => e,
                }),
            ],
        };
    }
}
