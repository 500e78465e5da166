using System.IO;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using static System.FormattableString;

namespace IncidentPolicy.Cli.Output;

/// <summary>The <c>evaluate --format text</c> summary: what the policy says about the incident now, for people.</summary>
internal static class EvaluationText
{
    public static void Write(TextWriter output, IncidentRecord incident, PolicyEvaluation result, TimeText time, TextStyle style)
    {
        output.WriteLine($"{style.Bold(result.IncidentId)}  {incident.Title}");
        output.WriteLine($"  evaluated at  {time.Format(result.EvaluatedAt)}");
        output.WriteLine($"  severity      {style.Bold(result.Severity.Name)} (peak {result.PeakSeverity.Name}), {WireNames.Status.Name(result.Status)}");
        output.WriteLine($"  channel       {result.Channel ?? "(none: IRP5002 is off)"}");
        output.WriteLine();

        output.WriteLine(style.Bold("Severity history"));
        foreach (var change in result.SeverityHistory)
        {
            output.WriteLine($"  {time.Format(change.Since)}  {style.Bold(change.Severity.Name)}  {change.RuleId}  {change.Reason}");
        }

        output.WriteLine();
        output.WriteLine(style.Bold("Deadlines"));
        foreach (var deadline in Deadline.All)
        {
            WriteDeadline(output, time, deadline.Name, result.Deadlines[deadline]);
        }

        output.WriteLine();
        output.WriteLine(style.Bold(Invariant($"Notifications ({result.Notifications.Length})")));
        foreach (var n in result.Notifications)
        {
            output.WriteLine($"  {time.Format(n.At)}  {n.Recipient} by {WireNames.Channel.Name(n.Channel)} ({n.Severity.Name}, {n.RuleId}, key {n.Key})");
        }

        output.WriteLine();
        output.WriteLine(style.Bold(Invariant($"Diagnostics ({result.Diagnostics.Length})")));
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine($"  {time.Format(diagnostic.At)}  {SeverityWords.Styled(style, diagnostic.Severity)}  {diagnostic.Id}  {diagnostic.Message}");
        }

        output.WriteLine();
        output.WriteLine(result.NextEvaluationAt is { } next
            ? $"Next change: {time.Format(next)}"
            : "Next change: none (the result never changes again)");
    }

    private static void WriteDeadline(TextWriter output, TimeText time, string name, NodaTime.Instant? value) =>
        output.WriteLine($"  {name,-18} {(value is { } v ? time.Format(v) : "-")}");
}
