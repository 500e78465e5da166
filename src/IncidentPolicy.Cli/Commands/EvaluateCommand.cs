using System;
using System.CommandLine;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Serialization;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>evaluate &lt;incident.json&gt; [--at] [--policy] [--format]</c>: what the policy says about the incident at one instant.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var at = CliOptions.Instant(
            "--at",
            "The evaluation instant, ISO-8601 (2024-03-15T17:00:00Z). Default: now, from the system clock. Only events at or before it count; it may not be before detectedAt.");
        var policy = CliOptions.Policy();
        var format = CliOptions.Format("a readable summary", "the evaluation result of docs/wire-format.md on stdout");
        var command = new Command("evaluate", "What the policy says about an incident at one instant: severity, deadlines, notifications, diagnostics and when the result next changes. Exit code 0 whatever the diagnostics say.")
        {
            incidentFile, at, policy, format,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(incidentFile);
            var policyPath = parseResult.GetValue(policy);
            var (incident, responsePolicy, engine) = Inputs.IncidentAndPolicy(path, policyPath);
            var given = parseResult.GetValue(at);
            var instant = given ?? context.Clock.GetCurrentInstant();
            Inputs.RequireAtNotBeforeDetection(path, incident, given, instant);
            var result = Inputs.WithIncidentFile(path, incident, () => engine.Evaluate(incident, instant));

            if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(IncidentJson.WriteEvaluation(result));
                context.Out.Write('\n');
            }
            else
            {
                EvaluationText.Write(context.Out, incident, result, new TimeText(responsePolicy.Calendar.TimeZone), context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
