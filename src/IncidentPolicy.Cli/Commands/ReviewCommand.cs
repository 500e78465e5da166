using System.CommandLine;
using IncidentPolicy.Reviews;

namespace IncidentPolicy.Cli.Commands;

/// <summary><c>review &lt;incident.json&gt; [--at] [--policy]</c>: the draft of the incident's post-incident review, in Markdown.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var incidentFile = CliOptions.IncidentFile();
        var at = CliOptions.Instant(
            "--at",
            "The analysis instant, ISO-8601 (2024-03-16T10:00:00Z): the review's date, and where the timeline ends if the incident is not resolved by then. "
            + "Default: now, from the system clock. It may not be before detectedAt.");
        var policy = CliOptions.Policy();
        var command = new Command(
            "review",
            "Draft the post-incident review in the procedure's template, as Markdown on stdout: header (date, peak severity, duration), "
            + "a timeline built from the record and its evaluation with the incident as a Mermaid gantt diagram, the impact, and one action item "
            + "due by the review deadline. People appear by role title only; what only a person can write is left as [placeholders]. Exit codes: 0 drafted, 2 bad input or a bad policy.")
        {
            incidentFile, at, policy,
        };
        command.SetAction(parseResult => CliApplication.Guard(context, () =>
        {
            var path = parseResult.GetRequiredValue(incidentFile);
            var (incident, _, engine) = Inputs.IncidentAndPolicy(path, parseResult.GetValue(policy));
            var given = parseResult.GetValue(at);
            var instant = given ?? context.Clock.GetCurrentInstant();
            Inputs.RequireAtNotBeforeDetection(path, incident, given, instant);
            context.Out.Write(Inputs.WithIncidentFile(path, incident, () => ReviewDraft.Write(engine, incident, instant)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
