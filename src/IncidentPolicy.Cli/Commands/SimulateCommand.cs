using System;
using System.CommandLine;
using IncidentPolicy.Cli.Output;
using IncidentPolicy.Diagrams;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using NodaTime;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>simulate &lt;incident.json&gt; [--until|--for] [--policy] [--format]</c>: the what-if timeline of <see cref="PolicySimulator"/>.</summary>
internal static class SimulateCommand
{
    /// <summary>The horizon when neither <c>--until</c> nor <c>--for</c> is given: a day after detection.</summary>
    public static readonly Duration DefaultHorizon = Duration.FromHours(24);

    /// <summary>The <c>--format</c> value that draws the simulation as a Mermaid gantt diagram.</summary>
    public const string Mermaid = "mermaid";

    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var until = CliOptions.Instant(
            "--until",
            "Where the timeline ends, ISO-8601 (2024-03-16T10:00:00Z); not before detectedAt. Default: 24 hours after detection.");
        var span = CliOptions.Duration(
            "--for",
            "How long after detection the timeline runs, ISO-8601 (PT8H, P3D; a day is 24 hours). Instead of --until.");
        var policy = CliOptions.Policy();
        var format = CliOptions.Format(
            "a timeline in the policy calendar's time zone and UTC",
            "the actions, the instants evaluated and the evaluation at the horizon",
            alsoAccepted: (Mermaid, "a Mermaid gantt diagram of the time at each level, the deadlines met and missed, mitigation and resolution, in UTC"));
        var command = new Command(
            "simulate",
            "What-if timeline: everything the policy does from detection until the horizon (escalations, notifications, deadlines, "
            + "diagnostics, status), stepping evaluations at detection, at each recorded event and at each nextEvaluationAt, as a host that "
            + "never polls would. Events recorded in the file are applied at their instants; nothing else happens. Exit code 0 whatever it shows.")
        {
            incidentFile, until, span, policy, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(until) is not null && result.GetResult(span) is not null)
            {
                result.AddError("--until and --for cannot be used together: give the horizon one way.");
            }
        });
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(incidentFile);
            var policyPath = parseResult.GetValue(policy);
            var (incident, responsePolicy, engine) = Inputs.IncidentAndPolicy(path, policyPath);
            var horizon = parseResult.GetValue(until) ?? incident.DetectedAt + (parseResult.GetValue(span) ?? DefaultHorizon);
            Inputs.RequireNotBeforeDetection(path, incident, "--until", horizon);
            var simulation = Inputs.WithIncidentFile(path, incident, () => PolicySimulator.Simulate(engine, incident, horizon));

            if (string.Equals(parseResult.GetValue(format), Mermaid, StringComparison.Ordinal))
            {
                context.Out.Write(IncidentGantt.Write(incident, simulation.Final));
            }
            else if (string.Equals(parseResult.GetValue(format), CliOptions.Json, StringComparison.Ordinal))
            {
                context.Out.Write(IncidentJson.WriteSimulation(simulation));
                context.Out.Write('\n');
            }
            else
            {
                SimulationText.Write(context.Out, incident, simulation, new TimeText(responsePolicy.Calendar.TimeZone), context.Style);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
