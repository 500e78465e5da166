using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using NodaTime;
using static System.FormattableString;

namespace IncidentPolicy.Cli.Output;

/// <summary>The <c>simulate --format text</c> timeline: one block per instant, one line per action, to paste into a chat.</summary>
internal static class SimulationText
{
    public static void Write(TextWriter output, IncidentRecord incident, PolicySimulation simulation, TimeText time, TextStyle style)
    {
        var title = string.IsNullOrEmpty(incident.Title) ? string.Empty : $" \"{incident.Title}\"";
        output.WriteLine(style.Bold($"What the policy does with {simulation.IncidentId}{title}"));
        output.WriteLine($"from detection, {time.Format(simulation.From)}");
        output.WriteLine($"until {time.Format(simulation.Until)} ({Hours(simulation.Until - simulation.From)}); times in {time.ZoneId}{(time.IsUtc ? string.Empty : " and UTC")}");

        foreach (var group in simulation.Actions.GroupBy(a => a.At))
        {
            output.WriteLine();
            output.WriteLine(style.Bold(time.Format(group.Key)));
            foreach (var action in group)
            {
                output.WriteLine("  " + Line(action, time, style));
            }
        }

        var final = simulation.Final;
        output.WriteLine();
        output.WriteLine(
            $"At {time.Format(simulation.Until)}: {style.Bold(final.Severity.Name)} (peak {final.PeakSeverity.Name}), {WireNames.Status.Name(final.Status)}; "
            + $"{Plural.Count(final.Notifications.Length, "notification")}, {Plural.Count(final.Diagnostics.Length, "diagnostic")}; "
            + (final.NextEvaluationAt is { } next ? $"next change {time.Format(next)}." : "nothing changes after that."));
    }

    private static string Line(SimulatedAction action, TimeText time, TextStyle style) => action switch
    {
        SeverityChangedAction a =>
            $"{style.Magenta("severity")}  {style.Bold(a.Change.Severity.Name)} ({a.RuleId}): {a.Change.Reason}",
        StatusChangedAction a =>
            $"{style.Green("status  ")}  {WireNames.Status.Name(a.Status)}",
        NotificationAction a =>
            $"{style.Cyan("notify  ")}  {a.Notification.Recipient} by {WireNames.Channel.Name(a.Notification.Channel)} (entering {a.Notification.Severity.Name}; {a.RuleId}, key {a.Notification.Key})",
        DiagnosticAction a =>
            $"{SeverityWords.Styled(style, a.Diagnostic.Severity)}   {a.Diagnostic.Id}: {a.Diagnostic.Message}",
        DeadlineChangedAction a => $"{style.Dim("deadline")}  {a.Deadline.Name}: {Change(a, time)}",
        _ => throw new ArgumentException($"Unknown action kind {action.Kind}.", nameof(action)),
    };

    private static string Change(DeadlineChangedAction action, TimeText time) => (action.Previous, action.Value) switch
    {
        (null, { } value) => $"{time.Format(value)}",
        ({ } previous, { } value) => $"{time.Format(value)}, was {time.Short(previous)}",
        ({ } previous, null) => $"no longer due, was {time.Short(previous)}",
        _ => "unset",
    };

    private static string Hours(Duration duration) =>
        duration.TotalMinutes % 60 == 0 ? Invariant($"{(long)duration.TotalHours}h") : Invariant($"{(long)duration.TotalHours}h{(long)duration.TotalMinutes % 60}m");
}
