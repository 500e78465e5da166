using System;
using System.CommandLine;
using IncidentPolicy.Checklist;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>checklist &lt;incident.json&gt; [--at] [--policy] [--format]</c>: the incident checklist at one instant.</summary>
internal static class ChecklistCommand
{
    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var at = CliOptions.Instant(
            "--at",
            "The instant of the checklist, ISO-8601 (2024-03-15T17:00:00Z). Default: now, from the system clock. Only events at or before it count; it may not be before detectedAt.");
        var policy = CliOptions.Policy();
        var format = CliOptions.Format("a - [x] / - [ ] list with each item's state, due instant and evidence", "the checklist report of docs/checklist.md on stdout");
        var command = new Command("checklist", "The incident checklist at one instant: each item done, pending, overdue, missed or not applicable, with its due instant, its evidence, and when the checklist next changes.")
        {
            incidentFile, at, policy, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(incidentFile);
            var (incident, responsePolicy, engine) = Inputs.IncidentAndPolicy(path, parseResult.GetValue(policy));
            var given = parseResult.GetValue(at);
            var instant = given ?? context.Clock.GetCurrentInstant();
            Inputs.RequireAtNotBeforeDetection(path, incident, given, instant);
            var report = Inputs.WithIncidentFile(path, incident, () => new ChecklistEngine(engine).Report(incident, instant));
            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(ChecklistJson.WriteReport(report));
                context.Out.Write('\n');
            }
            else
            {
                ChecklistText.Write(context.Out, report, new TimeText(responsePolicy.Calendar.TimeZone), context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
