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
            + Invariant($"{final.Notifications.Length} notifications, {final.Diagnostics.Length} diagnostics; ")
            + (final.NextEvaluationAt is { } next ? $"next change {time.Format(next)}." : "nothing changes after that."));
    }

    private static string Line(SimulatedAction action, TimeText time, TextStyle style) => action.Kind switch
    {
        SimulatedActionKind.SeverityChanged =>
            $"{style.Magenta("severity")}  {style.Bold(action.SeverityChange!.Severity.Name)} ({action.RuleId}): {action.SeverityChange.Reason}",
        SimulatedActionKind.StatusChanged =>
            $"{style.Green("status  ")}  {WireNames.Status.Name(action.Status!.Value)}",
        SimulatedActionKind.Notification =>
            $"{style.Cyan("notify  ")}  {action.Notification!.Recipient} by {WireNames.Channel.Name(action.Notification.Channel)} (entering {action.Notification.Severity.Name}; {action.RuleId}, key {action.Notification.Key})",
        SimulatedActionKind.Diagnostic =>
            $"{SeverityWords.Styled(style, action.Diagnostic!.Severity)}   {action.Diagnostic.Id}: {action.Diagnostic.Message}",
        _ => $"{style.Dim("deadline")}  {action.Deadline}: {Deadline(action, time)}",
    };

    private static string Deadline(SimulatedAction action, TimeText time) => (action.PreviousDeadlineValue, action.DeadlineValue) switch
    {
        (null, { } value) => $"{time.Format(value)}",
        ({ } previous, { } value) => $"{time.Format(value)}, was {time.Short(previous)}",
        ({ } previous, null) => $"no longer due, was {time.Short(previous)}",
        _ => "unset",
    };

    private static string Hours(Duration duration) =>
        duration.TotalMinutes % 60 == 0 ? Invariant($"{(long)duration.TotalHours}h") : Invariant($"{(long)duration.TotalHours}h{(long)duration.TotalMinutes % 60}m");
}
