using System;
using System.CommandLine;
using IncidentPolicy.Advice;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>advise &lt;incident.json&gt; [--at] [--policy] [--format]</c>: what to try next in the investigation.</summary>
internal static class AdviseCommand
{
    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var at = CliOptions.Instant(
            "--at",
            "The instant of the advice, ISO-8601 (2024-03-15T17:00:00Z). Default: now, from the system clock. Only events at or before it count; it may not be before detectedAt.");
        var policy = CliOptions.Policy();
        var format = CliOptions.Format("the next step, the hypotheses ranked, the mitigations", "the advice of docs/checklist.md on stdout");
        var command = new Command("advise", "What to try next in the investigation: the next step with what to look for, the hypotheses ranked by the signals observed with how to test each, and the mitigations of the supported ones with when, how and their risk.")
        {
            incidentFile, at, policy, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(incidentFile);
            var (incident, responsePolicy, _) = Inputs.IncidentAndPolicy(path, parseResult.GetValue(policy));
            var given = parseResult.GetValue(at);
            var instant = given ?? context.Clock.GetCurrentInstant();
            Inputs.RequireAtNotBeforeDetection(path, incident, given, instant);
            var advice = new Advisor(responsePolicy.Advisor).Advise(incident, instant);
            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(ChecklistJson.WriteAdvice(advice));
                context.Out.Write('\n');
            }
            else
            {
                AdviceText.Write(context.Out, advice, new TimeText(responsePolicy.Calendar.TimeZone), context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
